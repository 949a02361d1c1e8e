import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import './PageSection.css';

interface PageSectionProps {
  title: string;
  description?: ReactNode;
  /** Page-level actions, e.g. the 新增 button. */
  extra?: ReactNode;
  /** Filters shown above the content. */
  toolbar?: ReactNode;
  children: ReactNode;
}

/** The frame of a management screen: title, one-line purpose, actions, then the content card. */
export function PageSection({ title, description, extra, toolbar, children }: PageSectionProps) {
  return (
    <div className="page-section">
      <Flex justify="space-between" align="flex-end" gap={16} className="page-section-head">
        <div>
          <Typography.Title level={4} className="page-section-title">
            {title}
          </Typography.Title>
          {description && <Typography.Text type="secondary">{description}</Typography.Text>}
        </div>
        {extra && <Flex gap={8}>{extra}</Flex>}
      </Flex>
      <Card variant="borderless" className="page-section-card">
        {toolbar && (
          <Flex wrap gap={12} className="page-section-toolbar">
            {toolbar}
          </Flex>
        )}
        {children}
      </Card>
    </div>
  );
}
