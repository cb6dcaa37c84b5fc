// Owns the page for an address SATU does not know.
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="Halaman tidak ditemukan"
      subTitle="Alamat ini tidak ada di SATU. Pilih menu di sebelah kiri atau kembali ke Beranda."
      extra={
        <Button type="primary" onClick={() => navigate('/beranda')}>
          Ke Beranda
        </Button>
      }
    />
  );
}
