-- wrk script: requests the paths listed in a file, one per line, each thread taking every
-- n-th line from its own offset so no two requests ask for the same path until the list
-- runs out (then it starts over). An optional limit stops each thread after that many
-- responses, for a crawler that walks the list once.
--
--   wrk -t2 -c32 -d20s -s bench/paths.lua http://127.0.0.1:8080 -- paths.txt 2
--   wrk -t1 -c1 -d300s -s bench/paths.lua http://127.0.0.1:8080 -- paths.txt 1 20000
--
-- Arguments: the file, the number of wrk threads (-t), and the optional limit.

local created = 0

function setup(thread)
  thread:set("id", created)
  created = created + 1
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no paths in " .. args[1]) end
  step = tonumber(args[2] or "1")
  limit = tonumber(args[3] or "0")
  position = id or 0
  responses = 0
end

function request()
  local path = paths[(position % #paths) + 1]
  position = position + step
  return wrk.format("GET", path)
end

function response(status, headers, body)
  responses = responses + 1
  if limit > 0 and responses >= limit then
    wrk.thread:stop()
  end
end
