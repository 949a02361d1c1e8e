import { describe, expect, it } from 'vitest';
import {
  jpegImage,
  nativeExecutable,
  pdfDocument,
  pngImage,
  windowsExecutable,
} from '../../../tests/support/file-fixtures';
import type { AppError } from '../../server/errors';
import { formatFileSize } from '../../shared/material-files';
import { checkFileContent } from './file-type-check';

const MB = 1024 * 1024;

async function refusal(bytes: Buffer, limit = 20 * MB): Promise<AppError> {
  return (await checkFileContent(bytes, limit).then(
    () => {
      throw new Error('accepted');
    },
    (error: unknown) => error,
  )) as AppError;
}

describe('file type by content', () => {
  it('accepts a PDF, a PNG and a JPEG by what they contain', async () => {
    await expect(checkFileContent(pdfDocument(), 20 * MB)).resolves.toBe('application/pdf');
    await expect(checkFileContent(pngImage(), 20 * MB)).resolves.toBe('image/png');
    await expect(checkFileContent(jpegImage(), 20 * MB)).resolves.toBe('image/jpeg');
  });

  it('refuses a Linux executable whatever it is called, naming what it is', async () => {
    const error = await refusal(nativeExecutable());
    expect(error.statusCode).toBe(415);
    expect(error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(error.message).toBe(
      '不支持此文件：检测到Linux 可执行程序。只能上传 PDF、JPEG、PNG、WebP、HEIC 格式的扫描件或照片',
    );
  });

  it('refuses a Windows program renamed to .jpg', async () => {
    const error = await refusal(windowsExecutable());
    expect(error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(error.message).toContain('检测到Windows 可执行程序');
    expect(error.details).toMatchObject([{ field: 'file', label: '文件' }]);
  });

  it('refuses text that merely claims to be a PDF, and types outside the list', async () => {
    const script = await refusal(Buffer.from('#!/bin/sh\nrm -rf /\n'));
    expect(script.message).toContain('检测到无法识别的文件内容');
    const gif = await refusal(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'));
    expect(gif.message).toContain('检测到GIF 动图');
  });

  it('refuses an empty file and one over the limit, saying the limit', async () => {
    expect((await refusal(Buffer.alloc(0))).code).toBe('FILE_EMPTY');
    const png = pngImage(64, 64);
    const tooLarge = await refusal(png, png.length - 1);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.code).toBe('FILE_TOO_LARGE');
    expect(tooLarge.message).toContain(`超过${formatFileSize(png.length - 1)}的上限`);
    await expect(checkFileContent(png, png.length)).resolves.toBe('image/png');
  });

  it('writes sizes the way the limit is set', () => {
    expect(formatFileSize(20 * MB)).toBe('20 MB');
    expect(formatFileSize(64 * 1024)).toBe('64 KB');
    expect(formatFileSize(1536 * 1024)).toBe('1.5 MB');
    expect(formatFileSize(12)).toBe('12 B');
  });
});
