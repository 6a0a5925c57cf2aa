#!/usr/bin/env bash
# Adds a PostgreSQL migration to one of the three contexts, beside its SQLite migrations:
#   tools/ef-postgresql-migration.sh engine|domain|identity NAME
# The PostgreSQL migrations live in a PostgreSql folder (namespace *.Migrations.PostgreSql) of the same project; the
# contexts pick their provider's set by namespace (ProviderMigrationsAssembly). `dotnet ef` finds a context's snapshot
# FILE by its name, and both providers' snapshot classes have the same name: so the PostgreSQL snapshot is checked in as
# <Context>PostgreSqlModelSnapshot.cs, and this script sets the SQLite one aside while dotnet ef runs (restoring both
# names after, even on failure). SQLite migrations are added as before (Migrations/README.md), without this script.
set -euo pipefail
which=${1:?engine, domain or identity}
name=${2:?migration name}
root=$(cd "$(dirname "$0")/.." && pwd)
case "$which" in
  engine) project=engine/Cohorts.Engine.EntityFrameworkCore; context=WorkflowDbContext; dir=Migrations; history= ;;
  domain) project=workflows; context=CohortsDbContext; dir=Persistence/Migrations ;;
  identity) project=host; context=CohortsIdentityDbContext; dir=Identity/Migrations ;;
  *) echo "usage: $0 engine|domain|identity NAME" >&2; exit 2 ;;
esac
csproj=$(ls "$root/$project"/*.csproj)
sqlite_snapshot="$root/$project/$dir/${context}ModelSnapshot.cs"
aside="$root/$project/$dir/${context}ModelSnapshot.cs.sqlite-aside"
pg_dir="$root/$project/$dir/PostgreSql"
pg_snapshot="$pg_dir/${context}PostgreSqlModelSnapshot.cs"
ef_snapshot="$pg_dir/${context}ModelSnapshot.cs"

restore() {
  [ -f "$ef_snapshot" ] && mv "$ef_snapshot" "$pg_snapshot"
  [ -f "$aside" ] && mv "$aside" "$sqlite_snapshot"
  return 0
}
trap restore EXIT
mv "$sqlite_snapshot" "$aside"
[ -f "$pg_snapshot" ] && mv "$pg_snapshot" "$ef_snapshot"

cd "$root/engine/Cohorts.Engine.EntityFrameworkCore"
dotnet tool restore >/dev/null
CohortsEfDesign=true CohortsEfProvider=PostgreSql dotnet ef migrations add "$name" --context "$context" \
  --project "$csproj" --startup-project "$csproj" --output-dir "$dir/PostgreSql"
