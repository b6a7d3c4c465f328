-- wrk script for bench/soak.sh. PATHS and SOAK_TITLE are prepended by soak.sh:
--   paths = { "/", "/articles/x", ... }   (the rewritten article appears several times, so it is requested often)
-- Counts statuses, and for pages of the rewritten article detects TORN pages: the title (h1) of one version with the
-- body of the other, or both versions' markers on one page. PARTIAL: the article page with its version's title but
-- not both body markers (the start and the end of the body), i.e. a page built from a half-written file.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
    statuses = {}
    torn = 0; partial = 0; article_pages = 0; version_a = 0; version_b = 0; other_marker_pages = 0
end

function request()
    return wrk.format("GET", paths[math.random(#paths)])
end

local function has(body, s) return string.find(body, s, 1, true) ~= nil end
local function count(body, s)
    local n, i = 0, 1
    while true do
        local j = string.find(body, s, i, true)
        if not j then return n end
        n = n + 1; i = j + 1
    end
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if body == nil then return end
    local ta, tb = has(body, "TITLE-VERSION-A"), has(body, "TITLE-VERSION-B")
    if ta and tb then torn = torn + 1; return end            -- no snapshot holds both titles
    local ha = has(body, 'id="article-title">' .. soak_title .. " TITLE-VERSION-A")
    local hb = has(body, 'id="article-title">' .. soak_title .. " TITLE-VERSION-B")
    if not (ha or hb) then
        if has(body, "BODY-VERSION-") then other_marker_pages = other_marker_pages + 1 end
        return
    end
    article_pages = article_pages + 1
    local ba, bb = count(body, "BODY-VERSION-A"), count(body, "BODY-VERSION-B")
    if (ha and bb > 0) or (hb and ba > 0) then torn = torn + 1; return end
    if ha then version_a = version_a + 1 else version_b = version_b + 1 end
    if (ha and ba < 2) or (hb and bb < 2) then partial = partial + 1 end
end

function done(summary, latency, requests)
    local all = {}
    local t_torn, t_partial, t_article, t_a, t_b, t_other = 0, 0, 0, 0, 0, 0
    for _, t in ipairs(threads) do
        for code, n in pairs(t:get("statuses")) do all[code] = (all[code] or 0) + n end
        t_torn = t_torn + t:get("torn"); t_partial = t_partial + t:get("partial")
        t_article = t_article + t:get("article_pages"); t_a = t_a + t:get("version_a"); t_b = t_b + t:get("version_b")
        t_other = t_other + t:get("other_marker_pages")
    end
    local codes = {}
    for code, n in pairs(all) do table.insert(codes, code) end
    table.sort(codes)
    local bad = 0
    for _, code in ipairs(codes) do
        io.write(string.format("SOAK status %d: %d\n", code, all[code]))
        if code >= 400 then bad = bad + all[code] end
    end
    io.write(string.format("SOAK bad_status %d\n", bad))
    io.write(string.format("SOAK article_pages %d (version A %d, version B %d)\n", t_article, t_a, t_b))
    io.write(string.format("SOAK torn %d\n", t_torn))
    io.write(string.format("SOAK partial %d\n", t_partial))
    io.write(string.format("SOAK socket_errors %d\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
