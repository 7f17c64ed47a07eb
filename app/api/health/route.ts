// GET /api/health: 200 when the database and the queue backend answer, 503 if not.
import { checkHealth } from '@/lib/health/check-health';

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
