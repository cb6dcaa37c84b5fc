// Owns the cards of the modules not built yet on Beranda: each says so plainly.
import { Button, Card, Col, Row, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { MODUL } from '../modul/modules.ts';
import type { ModulKey } from '../modul/modules.ts';
import { TEKS } from '../../i18n/id.ts';

/** Naskah Dinas and Arsip are built (their cards on Beranda are "Disposisi" and "Arsip"); these are not yet. */
const KEYS: ModulKey[] = ['bmn', 'kinerja'];

export function ModulCards() {
  const navigate = useNavigate();
  return (
    <Row gutter={[16, 16]}>
      {KEYS.map((k) => {
        const m = MODUL[k];
        return (
          <Col key={k} xs={24} md={12} style={{ display: 'flex' }}>
            <Card
              title={m.judul}
              style={{ flex: 1, display: 'flex', flexDirection: 'column' }}
              styles={{ body: { flex: 1 } }}
              actions={[
                <Button key="lihat" type="link" onClick={() => navigate(`/${k}`)}>
                  Lihat rencana {m.judul}
                </Button>,
              ]}
            >
              <Tag style={{ marginBottom: 8 }}>Belum tersedia</Tag>
              <Typography.Text strong style={{ display: 'block' }}>
                {TEKS.sedangDikembangkan}
              </Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
                Akan tersedia: {m.rencana.slice(0, 3).join('; ')}; dan lainnya.
              </Typography.Paragraph>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
