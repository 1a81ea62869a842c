#!/usr/bin/env bash
# The reference's quick-start (section 4, steps 1-10), sent with curl exactly as the
# reference shows it (including the unwrapped create body), against a stand-alone
# dws-emulator. Checks every status code and the key body fields.
# Usage: quickstart.sh /path/to/dws-emulator
set -uo pipefail

emulator_bin=${1:?usage: quickstart.sh DWS_EMULATOR}
workdir=$(mktemp -d)
emulator_pid=""
cleanup() {
    if [[ -n "$emulator_pid" ]]; then kill "$emulator_pid" 2>/dev/null; wait "$emulator_pid" 2>/dev/null; fi
    rm -rf "$workdir"
}
trap cleanup EXIT

failures=0
check() { # check DESCRIPTION CONDITION-RESULT
    if [[ "$2" == ok ]]; then echo "ok   - $1"; else echo "FAIL - $1"; failures=$((failures + 1)); fi
}
expect_status() { # expect_status STEP WANTED GOT
    if [[ "$3" == "$2" ]]; then check "$1: HTTP $2" ok; else check "$1: HTTP $2 (got $3)" fail; fi
}
contains() { # contains FILE TEXT
    if grep -qF -- "$2" "$1"; then echo ok; else echo fail; fi
}
json_field() { # json_field FILE KEY  -> first string value of KEY
    grep -o "\"$2\":\"[^\"]*\"" "$1" | head -n1 | sed -e "s/^\"$2\":\"//" -e 's/"$//'
}

"$emulator_bin" --port 0 --time-scale 1000 >"$workdir/emulator.out" 2>"$workdir/emulator.err" &
emulator_pid=$!
port=""
for _ in $(seq 1 100); do
    port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$workdir/emulator.out" 2>/dev/null | grep -o '[0-9]*$')
    [[ -n "$port" ]] && break
    kill -0 "$emulator_pid" 2>/dev/null || break
    read -r -t 0.1 <> <(:) || true
done
if [[ -z "$port" ]]; then echo "FAIL - the emulator did not print its port"; cat "$workdir/emulator.err"; exit 1; fi

iam_endpoint="127.0.0.1:$port"
dws_endpoint="127.0.0.1:$port"
project=9bc552e6-19af-4326-800d-281a92984636
body="$workdir/body"
headers="$workdir/headers"

# Moves the emulator's virtual clock, so nothing here waits for real time.
advance() { curl -s -o /dev/null -X POST -d "{\"advance_ms\":$1}" "http://$dws_endpoint/_emulator/clock"; }

# Step 1: token.
status=$(curl -s -o "$body" -D "$headers" -w '%{http_code}' -H "Content-Type:application/json" http://$iam_endpoint/v3/auth/tokens -X POST -d '{
  "auth": {
    "identity": {
      "methods": [
        "password"
      ],
      "password": {
        "user": {
          "name": "testname",
          "domain": {
            "name": "testname"
          },
          "password": "Passw0rd"
        }
      }
    },
    "scope": {
      "project": {
        "name": "cn-north-1"
      }
    }
  }
}')
expect_status "step 1 token" 201 "$status"
Token=$(grep -i '^x-subject-token:' "$headers" | cut -d: -f2- | tr -d ' \r')
[[ -n "$Token" ]] && check "step 1: X-Subject-Token header present" ok || check "step 1: X-Subject-Token header present" fail
check "step 1: token.expires_at in body" "$(contains "$body" '"expires_at"')"

# Step 2: node types.
status=$(curl -s -o "$body" -w '%{http_code}' -X GET -H 'Content-Type:application/json;charset=utf-8' -H "X-Auth-Token:$Token" http://$dws_endpoint/v1.0/$project/node_types)
expect_status "step 2 node types" 200 "$status"
check "step 2: dws.d2.xlarge listed" "$(contains "$body" '"spec_name":"dws.d2.xlarge"')"
check "step 2: dws.m1.xlarge.ultrahigh listed" "$(contains "$body" '"spec_name":"dws.m1.xlarge.ultrahigh"')"
check "step 2: dws.d1.xlarge listed" "$(contains "$body" '"spec_name":"dws.d1.xlarge"')"

# Step 3: create, with the quick-start's unwrapped body.
status=$(curl -s -o "$body" -w '%{http_code}' -X POST -H 'Content-Type:application/json;charset=utf-8' -H "X-Auth-Token:$Token" -d '{
  "node_type": "dws.d1.xlarge",
  "number_of_node": 3,
  "subnet_id": "d23ef2e9-8b90-49b3-bc4a-fd7d6bea6bec",
  "security_group_id": "12e3c23a-8710-4b75-95e4-5c8d7f68ef3c",
  "vpc_id": "219ab8a0-1272-4049-a383-8ad0b770fa11",
  "port": 8000,
  "name": "dws-demo",
  "user_name": "dbadmin",
  "user_pwd": "Dws2017demo!",
  "public_ip": {
    "public_bind_type": "auto_assign"
  }
}' http://$dws_endpoint/v1.0/$project/clusters)
expect_status "step 3 create cluster" 200 "$status"
cluster_id=$(json_field "$body" id)
[[ -n "$cluster_id" ]] && check "step 3: cluster.id returned" ok || check "step 3: cluster.id returned" fail

# Step 4: list; CREATING first, AVAILABLE once the create has run its course.
status=$(curl -s -o "$body" -w '%{http_code}' -X GET -H 'Content-Type:application/json;charset=utf-8' -H "X-Auth-Token:$Token" http://$dws_endpoint/v1.0/$project/clusters)
expect_status "step 4 list clusters" 200 "$status"
check "step 4: the new cluster is listed" "$(contains "$body" "\"id\":\"$cluster_id\"")"
# At --time-scale 1000 a create lasts 0.72 s of real time, so on a busy machine it may be done.
grep -qE '"status":"(CREATING|AVAILABLE)"' "$body" && check "step 4: status CREATING (or already AVAILABLE)" ok || check "step 4: status CREATING (or already AVAILABLE)" fail
advance 900000
status=$(curl -s -o "$body" -w '%{http_code}' -X GET -H 'Content-Type:application/json;charset=utf-8' -H "X-Auth-Token:$Token" http://$dws_endpoint/v1.0/$project/clusters)
expect_status "step 4 list clusters again" 200 "$status"
check "step 4: status AVAILABLE after the create" "$(contains "$body" '"status":"AVAILABLE"')"
check "step 4: sub_status NORMAL" "$(contains "$body" '"sub_status":"NORMAL"')"

# Step 5: detail.
status=$(curl -s -o "$body" -w '%{http_code}' -X GET -H "Content-Type:application/json" -H "X-Auth-Token:$Token" http://$dws_endpoint/v1.0/$project/clusters/$cluster_id)
expect_status "step 5 cluster detail" 200 "$status"
check "step 5: name dws-demo" "$(contains "$body" '"name":"dws-demo"')"
check "step 5: node_type_id present" "$(contains "$body" '"node_type_id"')"
check "step 5: maintain_window present" "$(contains "$body" '"maintain_window"')"
check "step 5: parameter_group present" "$(contains "$body" '"Default-Parameter-Group-DWS"')"
check "step 5: public endpoint present" "$(contains "$body" '"public_connect_info"')"

# Step 6: snapshot.
status=$(curl -s -o "$body" -w '%{http_code}' -X POST -H "Content-Type:application/json" -H "X-Auth-Token:$Token" -d "{
  \"snapshot\": {
    \"name\": \"snapshotForDemoCluster\",
    \"cluster_id\": \"$cluster_id\",
    \"description\": \"Snapshot description\"
  }
}" http://$dws_endpoint/v1.0/$project/snapshots)
expect_status "step 6 create snapshot" 200 "$status"
snapshot_id=$(json_field "$body" id)
[[ -n "$snapshot_id" ]] && check "step 6: snapshot.id returned" ok || check "step 6: snapshot.id returned" fail

# Step 7: snapshot detail: CREATING, then AVAILABLE.
status=$(curl -s -o "$body" -w '%{http_code}' -X GET -H "Content-Type:application/json;charset=utf-8" -H "X-Auth-Token:$Token" http://$dws_endpoint/v1.0/$project/snapshots/$snapshot_id)
expect_status "step 7 snapshot detail" 200 "$status"
grep -qE '"status":"(CREATING|AVAILABLE)"' "$body" && check "step 7: CREATING (or already AVAILABLE)" ok || check "step 7: CREATING (or already AVAILABLE)" fail
advance 300000
status=$(curl -s -o "$body" -w '%{http_code}' -X GET -H "Content-Type:application/json;charset=utf-8" -H "X-Auth-Token:$Token" http://$dws_endpoint/v1.0/$project/snapshots/$snapshot_id)
expect_status "step 7 snapshot detail again" 200 "$status"
check "step 7: AVAILABLE when done" "$(contains "$body" '"status":"AVAILABLE"')"
check "step 7: type MANUAL" "$(contains "$body" '"type":"MANUAL"')"
check "step 7: cluster_id of the source" "$(contains "$body" "\"cluster_id\":\"$cluster_id\"")"
check "step 7: description kept" "$(contains "$body" '"description":"Snapshot description"')"

# Step 8: restore to a new cluster.
status=$(curl -s -o "$body" -w '%{http_code}' -X POST -H 'Content-Type:application/json;charset=utf-8' -H "X-Auth-Token:$Token" -d '{
  "restore": {
    "name": "dws-restore"
  }
}' http://$dws_endpoint/v1.0/$project/snapshots/$snapshot_id/actions)
expect_status "step 8 restore" 200 "$status"
restored_id=$(json_field "$body" id)
[[ -n "$restored_id" && "$restored_id" != "$cluster_id" ]] && check "step 8: a new cluster id" ok || check "step 8: a new cluster id" fail
status=$(curl -s -o "$body" -w '%{http_code}' -H "X-Auth-Token:$Token" http://$dws_endpoint/v1.0/$project/clusters/$restored_id)
grep -qE '"task_status":"RESTORING"|"status":"AVAILABLE"' "$body" && check "step 8: the new cluster is RESTORING (or done)" ok || check "step 8: the new cluster is RESTORING (or done)" fail
check "step 8: with the source's node type" "$(contains "$body" '"node_type":"dws.d1.xlarge"')"

# Step 9: delete the snapshot.
status=$(curl -s -o "$body" -w '%{http_code}' -X DELETE -H 'Content-Type:application/json;charset=utf-8' -H "X-Auth-Token:$Token" http://$dws_endpoint/v1.0/$project/snapshots/$snapshot_id)
expect_status "step 9 delete snapshot" 202 "$status"

# Step 10: delete the cluster; it is gone afterwards.
status=$(curl -s -o "$body" -w '%{http_code}' -X DELETE -H 'Content-Type:application/json;charset=utf-8' -H "X-Auth-Token:$Token" -d '{
  "keep_last_manual_snapshot":0
}' http://$dws_endpoint/v1.0/$project/clusters/$cluster_id)
expect_status "step 10 delete cluster" 202 "$status"
status=$(curl -s -o "$body" -w '%{http_code}' -H "X-Auth-Token:$Token" http://$dws_endpoint/v1.0/$project/clusters/$cluster_id)
expect_status "step 10: the deleted cluster" 404 "$status"
check "step 10: DWS.0047" "$(contains "$body" '"error_code":"DWS.0047"')"

if ((failures > 0)); then echo "$failures check(s) failed"; exit 1; fi
echo "all quick-start checks passed"
