-- Integration token: client_credentials with HTTP Basic client authentication and scope integ.
-- BENCH_BASIC is the base64 of "client_id:client_secret", computed by bench/run.
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

common.post_form(common.form({
   {"grant_type", "client_credentials"},
   {"scope", "integ"},
}))
wrk.headers["Authorization"] = "Basic " .. common.env("BENCH_BASIC")

function done(summary, latency, requests)
   common.report(summary, latency)
end
