import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../server/errors';
import { fieldLabel } from '../../shared/field-labels';
import {
  ALLOWED_TYPES_TEXT,
  type AllowedMimeType,
  formatFileSize,
  isAllowedMimeType,
} from '../../shared/material-files';

/** Chinese names for what people most often try to upload instead, so the refusal says what it saw. */
const DETECTED_NAMES: Record<string, string> = {
  'application/x-msdownload': 'Windows 可执行程序',
  'application/x-elf': 'Linux 可执行程序',
  'application/x-mach-binary': 'macOS 可执行程序',
  'application/x-sharedlib': '动态链接库',
  'application/java-archive': 'Java 程序包',
  'application/vnd.android.package-archive': '安卓安装包',
  'application/zip': 'ZIP 压缩包',
  'application/x-rar-compressed': 'RAR 压缩包',
  'application/x-7z-compressed': '7z 压缩包',
  'application/gzip': 'GZIP 压缩包',
  'application/x-msi': 'Windows 安装包',
  'application/x-cfb': 'Office 97-2003 文档',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word 文档',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel 表格',
  'image/gif': 'GIF 动图',
  'image/bmp': 'BMP 图片',
  'image/tiff': 'TIFF 图片',
  'image/svg+xml': 'SVG 图片',
  'video/mp4': 'MP4 视频',
  'audio/mpeg': 'MP3 音频',
};

/** A refusal of the uploaded file, naming the form's file field as every field problem does. */
function fileRefused(status: number, code: string, message: string): AppError {
  return new AppError(status, code, message, [{ field: 'file', label: fieldLabel(['file']), message }]);
}

export function fileTooLarge(limitBytes: number): AppError {
  return fileRefused(
    413,
    'FILE_TOO_LARGE',
    `文件超过${formatFileSize(limitBytes)}的上限，请压缩图片或分页扫描后重新上传`,
  );
}

/**
 * The file's real type, read from its first bytes; the name and the type the
 * browser claims are ignored, so an executable renamed to .pdf is still an executable.
 */
export async function checkFileContent(bytes: Buffer, limitBytes: number): Promise<AllowedMimeType> {
  if (bytes.length === 0) throw fileRefused(400, 'FILE_EMPTY', '文件是空的，请重新选择');
  if (bytes.length > limitBytes) throw fileTooLarge(limitBytes);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected && isAllowedMimeType(detected.mime)) return detected.mime;
  const what = detected
    ? (DETECTED_NAMES[detected.mime] ?? `${detected.ext.toUpperCase()} 文件（${detected.mime}）`)
    : '无法识别的文件内容';
  throw fileRefused(
    415,
    'FILE_TYPE_NOT_ALLOWED',
    `不支持此文件：检测到${what}。只能上传 ${ALLOWED_TYPES_TEXT} 格式的扫描件或照片`,
  );
}
