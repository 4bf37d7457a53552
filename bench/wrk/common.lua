-- Shared by the bench/wrk scripts (loaded with dofile, in wrk's main and per-thread Lua states).
-- bench/run passes everything through the environment: BENCH_CASE and BENCH_SERVER name the row,
-- the other BENCH_* variables carry client IDs, tokens and files.
local common = {}

function common.env(name)
   local value = os.getenv(name)
   if value == nil or value == "" then
      error("bench: " .. name .. " is not set")
   end
   return value
end

local function escape(text)
   return (string.gsub(text, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- An application/x-www-form-urlencoded body from a list of {name, value} pairs, in order.
function common.form(pairs_list)
   local parts = {}
   for _, pair in ipairs(pairs_list) do
      table.insert(parts, escape(pair[1]) .. "=" .. escape(pair[2]))
   end
   return table.concat(parts, "&")
end

function common.post_form(body)
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
   wrk.body = body
end

-- One result line for bench/run: wrk's own counters, so socket errors, timeouts and every status
-- above 399 count as errors. Latencies are in microseconds in wrk and in milliseconds here.
function common.report(summary, latency)
   local e = summary.errors
   local errors = e.connect + e.read + e.write + e.timeout + e.status
   local seconds = summary.duration / 1e6
   print(string.format(
      'BENCH {"case":"%s","server":"%s","requests":%d,"seconds":%.3f,"rps":%.1f,' ..
      '"p50_ms":%.3f,"p99_ms":%.3f,"errors":%d,"status_errors":%d}',
      common.env("BENCH_CASE"), common.env("BENCH_SERVER"), summary.requests, seconds,
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      errors, e.status))
end

return common
