// Owns the home page: greeting, certificate warnings, the office identity, real counts, the user's
// dispositions, the archive's due retention and unfiled naskah, and the modules not built yet.
import { Col, Row } from 'antd';
import { formatTanggalHari } from '../../../shared/format/index.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useSession } from '../../app/session.ts';
import { IdentitasCard } from './IdentitasCard.tsx';
import { AngkaCards } from './AngkaCards.tsx';
import { ModulCards } from './ModulCards.tsx';
import { SertifikatAlert } from './SertifikatAlert.tsx';
import { DisposisiCard } from '../naskah/DisposisiCard.tsx';
import { ArsipCard } from './ArsipCard.tsx';

function salam(jam: number): string {
  if (jam < 11) return 'Selamat pagi';
  if (jam < 15) return 'Selamat siang';
  if (jam < 18) return 'Selamat sore';
  return 'Selamat malam';
}

export function BerandaPage() {
  const { session } = useSession();
  const now = new Date();
  return (
    <>
      <PageHeader title={`${salam(now.getHours())}, ${session.user.nama}`} subtitle={formatTanggalHari(now)} />
      <SertifikatAlert />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <IdentitasCard />
        </Col>
        <Col xs={24} xl={10}>
          <AngkaCards />
        </Col>
        <Col xs={24}>
          <DisposisiCard />
        </Col>
        <Col xs={24}>
          <ArsipCard />
        </Col>
        <Col xs={24}>
          <ModulCards />
        </Col>
      </Row>
    </>
  );
}
