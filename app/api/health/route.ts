// A trivial route: for load balancers, and as the baseline the bell-burst benchmark compares with.
export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
