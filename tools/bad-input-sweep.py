#!/usr/bin/env python3
# Throws bad input at every operation of a running host's API document under every demo role, three rounds, and
# prints the 5xx count, the slowest answer and the host's resident memory (docs/PERFORMANCE.md, "Bad input and memory").
# Usage: python3 tools/bad-input-sweep.py http://127.0.0.1:5077 <host pid>
import json, urllib.request, urllib.error, uuid, re, sys, time, os
base = sys.argv[1]; pid = int(sys.argv[2])
def rss():
    for l in open(f"/proc/{pid}/status"):
        if l.startswith("VmRSS"): return int(l.split()[1])//1024
def call(method, path, body=None, token=None, ctype="application/json"):
    data = body.encode() if body is not None else None
    req = urllib.request.Request(base+path, data=data, method=method)
    if data is not None: req.add_header("Content-Type", ctype)
    if token: req.add_header("Authorization", "Bearer "+token)
    t=time.time()
    try:
        with urllib.request.urlopen(req, timeout=30) as r: return r.status, r.read(), time.time()-t
    except urllib.error.HTTPError as e: return e.code, e.read(), time.time()-t
    except (urllib.error.URLError, ConnectionError) as e: return 499, str(e).encode(), time.time()-t
tokens=[None]
for email in ["manager@cohorts.demo","julien.martin@cohorts.demo","funder@cohorts.demo","admin@cohorts.demo"]:
    s,b,_=call("POST","/api/auth/token",json.dumps({"email":email,"password":"Cohorts-demo-2026"}))
    tokens.append(json.loads(b)["accessToken"])
doc=json.loads(call("GET","/openapi/v1.json")[1])["paths"]
bodies=["","{","[]","null","42",'{"name":123,"email":[],"decision":{},"at":"2025-02-30","count":2147483648}','{"decision":"accepted, rejected"}','{"reason":"\\ud800"}','{"visitors":1e309}',"{\"a\":"*200+"1"+"}"*200,'{"notes":"'+"x"*300000+'"}','{"name":"'+"y"*2000000+'"}']
ids=[str(uuid.uuid4()),"not-an-id","9"*400,"2147483648"]
n=0; worst=0; fivexx=0; peak=rss(); print("rss at start", peak)
for rnd in range(3):
  for tpl,item in doc.items():
    if "signout-everywhere" in tpl: continue
    for m in item:
        paths=[re.sub(r"\{[^}]+\}",i,tpl) for i in ids] if "{" in tpl else [tpl+"?page=-1&pageSize=100000&from=x"]
        for p in paths:
            for tk in tokens:
                for b in (bodies if m in ("post","put","patch") else [None]):
                    s,_,dt=call(m.upper(),p,b,tk); n+=1; worst=max(worst,dt)
                    if s>=500: fivexx+=1; print("5xx",m,p,s)
    peak=max(peak,rss())
print(f"requests {n}, 5xx {fivexx}, slowest {worst:.2f} s, rss peak {peak} MB, end {rss()} MB")
