-- wrk script for bench/load.sh: counts the answers that are not 2xx (wrk itself counts only >= 400 as errors, so a
-- redirect to the login page would pass for a fast page) and prints one machine-readable line at the end:
--   RESULT <requests> <non-2xx> <timeouts> <socket errors> <p50 ms> <p95 ms> <p99 ms> <max ms>
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non2xx") or 0)
  end
  local e = summary.errors
  local function ms(us) return us / 1000.0 end
  io.write(string.format("RESULT %d %d %d %d %.1f %.1f %.1f %.1f\n",
    summary.requests, bad, e.timeout, e.connect + e.read + e.write,
    ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max)))
end
