-- Refresh-token rotation. BENCH_POOL_FILE holds live refresh tokens, one a line (bench/run makes
-- them by logging in). Each wrk thread takes every BENCH_THREADS-th line; a request uses a token
-- from its thread's queue and the answer's new refresh_token goes back into it, so every token is
-- used exactly once. wrk has one request in flight per connection, so a queue at least as long as
-- the thread's connections never runs dry. At the end the unused tokens are written back to the
-- pool file, so a warm-up run leaves live tokens for the measured run.
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

common.post_form("")
local client_id = common.env("BENCH_CLIENT_ID")

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_index", #threads)
end

-- A FIFO of tokens: queue[first..last].
queue, first, last = {}, 1, 0

local function push(token)
   last = last + 1
   queue[last] = token
end

function init(args)
   local nthreads = tonumber(common.env("BENCH_THREADS"))
   local line_number = 0
   for line in io.lines(common.env("BENCH_POOL_FILE")) do
      if line ~= "" then
         if line_number % nthreads == thread_index - 1 then
            push(line)
         end
         line_number = line_number + 1
      end
   end
end

function request()
   local token = "pool-exhausted" -- answered with an error, which the report counts
   if first <= last then
      token = queue[first]
      queue[first] = nil
      first = first + 1
   end
   local body = common.form({
      {"client_id", client_id},
      {"grant_type", "refresh_token"},
      {"refresh_token", token},
   })
   return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
   if status >= 200 and status < 300 then
      -- A static server (nginx) sends no refresh_token; reuse a placeholder so its queue stays full.
      push(string.match(body, '"refresh_token"%s*:%s*"([^"]+)"') or "static")
   end
end

function done(summary, latency, requests)
   local out = assert(io.open(common.env("BENCH_POOL_FILE"), "w"))
   for _, thread in ipairs(threads) do
      local q, from, to = thread:get("queue"), thread:get("first"), thread:get("last")
      for i = from, to do
         out:write(q[i], "\n")
      end
   end
   out:close()
   common.report(summary, latency)
end
