#!/usr/bin/env bash
# Start a throw-away Prometheus Pushgateway on 127.0.0.1 (free port, temporary persistence) for
# trying `model-gate ... --pushgateway URL` locally. Prints the URL and the PID to stop it with.
#   eval "$(scripts/start-pushgateway.sh)"   # sets PUSHGATEWAY_URL and PUSHGATEWAY_PID
#   kill "$PUSHGATEWAY_PID"
set -euo pipefail
bin="$(command -v prometheus-pushgateway || command -v pushgateway || true)"
if [ -z "$bin" ]; then
  echo "prometheus-pushgateway not found (Debian/Ubuntu: apt-get install prometheus-pushgateway)" >&2
  exit 1
fi
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
dir="$(mktemp -d "${TMPDIR:-/tmp}/model-gate-pushgateway.XXXXXX")"
"$bin" --web.listen-address="127.0.0.1:$port" --persistence.file="$dir/metrics.db" >"$dir/pushgateway.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  if node -e "fetch('http://127.0.0.1:$port/-/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
    echo "PUSHGATEWAY_URL=http://127.0.0.1:$port"
    echo "PUSHGATEWAY_PID=$pid"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
echo "pushgateway did not become ready; log: $dir/pushgateway.log" >&2
kill "$pid" 2>/dev/null || true
exit 1
