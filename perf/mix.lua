-- wrk script: each connection walks the URLs of the file named by the MIX_URLS environment variable (one path a line,
-- written by perf/mix-urls.sh), each thread from its own offset, and counts the answers by status. No If-None-Match
-- and no cookie are sent: every request is a full render, never the portal's 304 or a cached copy.
-- Usage: MIX_URLS=urls.txt wrk -t2 -c32 -d30s -s perf/mix.lua -H 'Accept-Encoding: gzip' http://localhost:8080
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("MIX_URLS")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  index = (id - 1) * math.floor(#paths / 2)
  statuses = {}
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + n end
  end
  local line = "statuses:"
  for status, n in pairs(total) do line = line .. " " .. status .. "=" .. n end
  print(line)
  print(string.format("distinct URLs: %d, req/s: %.1f, p50 %.1f ms, p99 %.1f ms, socket errors: %d",
    #threads[1]:get("paths"), summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
