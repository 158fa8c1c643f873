"""The Lua scripts of the store: each write that must happen whole (a submission, a job's start, its outcome
with its index entries, a deletion) runs as one script, so a crash or a concurrent duplicate never leaves half
a record behind. Index keys travel inside a JSON argument rather than KEYS: recordsmith needs a standalone
Redis (or one primary), never a cluster.

A job counts as *waiting* from its submission until it starts or ends: its hash names the counter it was
counted in (`waiting_key`, `Keys.waiting`), so every script that moves a job out of `queued` takes it off.
"""

from __future__ import annotations

# Takes a job that is still `queued` off the count of waiting documents (call before changing its status; a
# caller that has just read the status, and the counter, passes them).
_LEAVE_WAITING = """
local function leave_waiting(job, status, counter)
  if (status or redis.call('HGET', job, 'status')) ~= 'queued' then return end
  counter = counter or redis.call('HGET', job, 'waiting_key')
  if counter and redis.call('DECR', counter) <= 0 then redis.call('DEL', counter) end  -- none waiting: no key
end
"""

# Removes the index entries listed in a document's `rx:doc:` key ({index key: [members]}), in chunks that stay
# below Lua's unpack limit. The list is MessagePack, or, written before 2026-12-07, JSON (a MessagePack map never
# starts with '{').
_REMOVE_ENTRIES = """
local function remove_entries(list_key)
  local listed = redis.call('GET', list_key)
  if not listed then return end
  for key, members in pairs(string.byte(listed, 1) == 123 and cjson.decode(listed) or cmsgpack.unpack(listed)) do
    for i = 1, #members, 500 do
      redis.call('ZREM', key, unpack(members, i, math.min(i + 499, #members)))
    end
  end
  redis.call('DEL', list_key)
end
"""

# KEYS: job, document, documents index, queue, external id key ('' if none), content key ('' if none), submitted
# documents counter ('' if none), waiting documents counter.
# ARGV: document json, score, document id, queue limit (0: none), job key prefix, tenant, the job's task message
# ('' if none), then job field/value pairs (with `waiting_key`, KEYS[8]).
# Returns {'new'}, {'queue_full'} or {matched_on, the existing job's HGETALL}. A known submission is answered
# even when the queue is full: it adds no work. The limit counts documents waiting, not broker messages (a batch
# task carries many documents), and each new document is counted at once, so the limit holds exactly, also
# inside a batch. A new job's task message, when given, is pushed onto the queue in the same script, so a job is
# never stored without its task (a batch's documents travel in batch tasks sent once the batch is stored; until
# then the sweeper would find them), and the tenant's submitted counter counts it. External ids and contents
# whose job failed (or is gone) do not count: submitting them again is how a client retries.
SUBMIT = """
local function live(key)
  if key == '' then return nil end
  local id = redis.call('GET', key)
  if not id then return nil end
  local job = redis.call('HGETALL', ARGV[5] .. id)
  for i = 1, #job, 2 do
    if job[i] == 'status' and job[i + 1] ~= 'failed' then return job end
  end
  return nil
end
if redis.call('EXISTS', KEYS[1]) == 1 then return {'idempotency_key', redis.call('HGETALL', KEYS[1])} end
local job = live(KEYS[5])
if job then return {'external_id', job} end
job = live(KEYS[6])
if job then return {'content', job} end
local limit = tonumber(ARGV[4])
if limit > 0 and tonumber(redis.call('GET', KEYS[8]) or '0') >= limit then return {'queue_full'} end
redis.call('INCR', KEYS[8])
redis.call('SET', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[3])
redis.call('HSET', KEYS[1], unpack(ARGV, 8))
local job_id = string.sub(KEYS[1], #ARGV[5] + 1)
if KEYS[5] ~= '' then redis.call('SET', KEYS[5], job_id) end
if KEYS[6] ~= '' then redis.call('SET', KEYS[6], job_id) end
if ARGV[7] ~= '' then redis.call('LPUSH', KEYS[4], ARGV[7]) end
if KEYS[7] ~= '' then redis.call('HINCRBY', KEYS[7], ARGV[6], 1) end
return {'new'}
"""

# KEYS: job. ARGV: now, then 'brief' for {status, attempts, shared_at} rather than the whole job (a job that is gone:
# status false, attempts 0), or 'join' to start the job only if it was never started (still
# `queued`, and never in a run before): a worker then runs it in a run of documents, one delivery shared by all of
# them, the attempt's number kept as `shared_at` (so a job joins one run at most); answered {status, attempts,
# shared_at, 1 if it joined now else 0}, the job untouched when it does not join. A finished job is returned
# untouched: redelivered tasks must not redo work.
START = _LEAVE_WAITING + """
local job = redis.call('HMGET', KEYS[1], 'status', 'attempts', 'waiting_key', 'shared_at')
local status, attempts, shared_at = job[1], tonumber(job[2] or '0'), tonumber(job[4] or '0')
if ARGV[2] == 'join' then
  if status ~= 'queued' or shared_at > 0 then return {status, attempts, shared_at, 0} end
  leave_waiting(KEYS[1], status, job[3])
  attempts = attempts + 1
  redis.call('HSET', KEYS[1], 'status', 'running', 'started_at', ARGV[1], 'attempts', attempts, 'shared_at', attempts)
  return {'running', attempts, attempts, 1}
end
if status and status ~= 'succeeded' and status ~= 'failed' then
  leave_waiting(KEYS[1], status, job[3])
  attempts = attempts + 1
  redis.call('HSET', KEYS[1], 'status', 'running', 'started_at', ARGV[1], 'attempts', attempts)
  status = 'running'
end
if ARGV[2] ~= 'brief' then
  if not status then return false end
  return redis.call('HGETALL', KEYS[1])
end
if not status then return {false, 0, shared_at} end
return {status, attempts, shared_at}
"""

# KEYS: job, result, the document's records hash (index layout 1: deleted when a result is saved again) and its
# index entry list, the outcome's counter and the stage histogram ('' for each metric key not counted).
# ARGV: status, now, error, timings json, the index entries ('' for none; MessagePack {index key: [members]}),
# the counter's field (the tenant), the number n of histogram arguments, then n of them (per stage: its bucket
# field, its sum field, microseconds).
# Nothing is written for a job that no longer exists (deleted while it ran), so no index entry can outlive its
# document, and an outcome is counted exactly when it is written.
# The entries are MessagePack, not JSON: Redis's cjson decoder reads a character at a time (decoding cost about a
# fifth of a document's work in Redis), cmsgpack copies each length-prefixed string. The same bytes are the list a
# deletion reads (`rx:doc:`).
# A success's result is SET by the caller just before the script, in the same round trip (`JobWrites.succeed`),
# not handed to it: Lua copies and hashes every byte of an argument (a 4 KB result cost Redis about 8 us more
# inside the script than as a plain SET). So the script deletes the result of a success whose job is gone.
FINISH = _REMOVE_ENTRIES + _LEAVE_WAITING + """
local job = redis.call('HMGET', KEYS[1], 'status', 'waiting_key', 'finished_at')
if not job[1] then  -- every job has a status: gone
  if ARGV[1] == 'succeeded' then redis.call('DEL', KEYS[2]) end
  return 0
end
leave_waiting(KEYS[1], job[1], job[2])
local again = job[3]  -- an outcome written before (finished_at), whose error and index entries go
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[1], 'status', ARGV[1], 'finished_at', ARGV[2], 'timings_ms', ARGV[4], 'error', ARGV[3])
else
  redis.call('HSET', KEYS[1], 'status', ARGV[1], 'finished_at', ARGV[2], 'timings_ms', ARGV[4])
  if again then redis.call('HDEL', KEYS[1], 'error') end
end
if KEYS[5] ~= '' then redis.call('HINCRBY', KEYS[5], ARGV[6], 1) end
for i = 8, 7 + tonumber(ARGV[7]), 3 do
  redis.call('HINCRBY', KEYS[6], ARGV[i], 1)
  redis.call('HINCRBY', KEYS[6], ARGV[i + 1], ARGV[i + 2])
end
if ARGV[5] ~= '' then
  if again then
    remove_entries(KEYS[4])
    redis.call('DEL', KEYS[3])
  end
  redis.call('SET', KEYS[4], ARGV[5])
  for key, members in pairs(cmsgpack.unpack(ARGV[5])) do
    for i = 1, #members, 250 do
      local args = {}
      for j = i, math.min(i + 249, #members) do
        args[#args + 1] = '0'  -- a string: Redis would format a Lua number with printf for each member
        args[#args + 1] = members[j]
      end
      redis.call('ZADD', key, unpack(args))
    end
  end
end
return 1
"""

# KEYS: document, job, result, records hash, index entry list, documents index, external id key, content key.
# ARGV: document id, job id. The external id and content keys go only while they still name this job.
DELETE = _REMOVE_ENTRIES + _LEAVE_WAITING + """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
leave_waiting(KEYS[2])
remove_entries(KEYS[5])
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
redis.call('ZREM', KEYS[6], ARGV[1])
for i = 7, 8 do
  if KEYS[i] ~= '' and redis.call('GET', KEYS[i]) == ARGV[2] then redis.call('DEL', KEYS[i]) end
end
return 1
"""

# KEYS: a hash. ARGV: field, value. Sets the field only on a hash that exists (a deleted job stays deleted).
SET_FIELD_IF_EXISTS = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
"""
