-- Anonymous token: a marketplace client's client_credentials grant with scope public-read.
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

common.post_form(common.form({
   {"client_id", common.env("BENCH_CLIENT_ID")},
   {"grant_type", "client_credentials"},
   {"scope", "public-read"},
}))

function done(summary, latency, requests)
   common.report(summary, latency)
end
