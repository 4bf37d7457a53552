-- The logged-in user, as the Marketplace SDK's currentUser.show asks for it: a GET with a user's
-- access token (BENCH_ACCESS_TOKEN, from one password login made by bench/run).
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. common.env("BENCH_ACCESS_TOKEN")

function done(summary, latency, requests)
   common.report(summary, latency)
end
