#!/bin/sh
# A noisy benchmark workload for scripts/bench-interleave.mjs: sleeps BASE_MS × e^(σZ) × (1 + DRIFT·k)
# milliseconds, where k counts the calls made so far with this STATE file (every command of one
# repetition shares it, like one machine), Z is a standard normal drawn from SEED and k (awk's
# seeded generator, Box–Muller), σ = √ln(1 + JITTER²) (a lognormal with coefficient of variation
# JITTER) and DRIFT the machine's relative slowdown per call.
#   sh noisy-sleep.sh STATE        (STATE: "SEED K BASE_MS JITTER DRIFT" on one line)
set -eu
read -r seed k base jitter drift < "$1"
ms=$(awk -v seed="$seed" -v k="$k" -v base="$base" -v j="$jitter" -v d="$drift" 'BEGIN {
  srand(seed * 7919 + k); u1 = rand(); u2 = rand(); if (u1 < 1e-12) u1 = 1e-12
  z = sqrt(-2 * log(u1)) * cos(6.283185307179586 * u2); s = sqrt(log(1 + j * j))
  printf "%.6f", base * exp(s * z) * (1 + d * k) / 1000 }')
echo "$seed $((k + 1)) $base $jitter $drift" > "$1"
sleep "$ms"
