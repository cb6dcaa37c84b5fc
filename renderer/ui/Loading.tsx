// Owns the loading placeholders: a centred spinner for whole screens, a skeleton for page parts.
import { Skeleton, Spin } from 'antd';

export function FullScreenLoading({ tip }: { tip: string }) {
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description={tip} />
    </div>
  );
}

export function BlockLoading() {
  return <Skeleton active paragraph={{ rows: 4 }} />;
}
