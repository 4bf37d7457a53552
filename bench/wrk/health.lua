-- GET /health: the cheapest answer the server gives (it pings the database), the cost of the HTTP
-- stack alone next to nginx's static answer.
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

wrk.method = "GET"

function done(summary, latency, requests)
   common.report(summary, latency)
end
