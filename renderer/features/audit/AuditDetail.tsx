// Owns one audit entry's detail: the snapshot before and after the change, side by side.
import { Col, Row, Typography } from 'antd';

const show = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v, null, 2));

function Pane({ title, value }: { title: string; value: unknown }) {
  const text = show(value);
  return (
    <Col span={12}>
      <Typography.Text strong>{title}</Typography.Text>
      {text === null ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 6 }}>
          Tidak ada data.
        </Typography.Paragraph>
      ) : (
        <pre
          style={{
            marginTop: 6,
            maxHeight: 280,
            overflow: 'auto',
            background: '#f6f8fa',
            border: '1px solid #e5e9f0',
            borderRadius: 4,
            padding: 8,
            fontSize: 12,
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-all',
          }}
        >
          {text}
        </pre>
      )}
    </Col>
  );
}

export function AuditDetail({ before, after }: { before: unknown; after: unknown }) {
  return (
    <Row gutter={16}>
      <Pane title="Sebelum" value={before} />
      <Pane title="Sesudah" value={after} />
    </Row>
  );
}
