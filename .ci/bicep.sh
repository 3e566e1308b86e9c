#!/usr/bin/env bash
# Compiles and lints infra/ with the Bicep CLI from NuGet (Azure.Bicep.CommandLine.linux-x64), which
# `dotnet restore` brings from the package cache or the NuGet feed - no other download, no az CLI.
# Rules raised to "error" in infra/bicepconfig.json make both commands exit non-zero.
# Usage: bash .ci/bicep.sh   (called from .ci/run)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="0.49.2"
package="azure.bicep.commandline.linux-x64"

echo "== bicep: restoring Bicep CLI $version (eng/tools/BicepTools.csproj)"
dotnet restore "$root/eng/tools/BicepTools.csproj" --verbosity quiet

packages="${NUGET_PACKAGES:-$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')}"
bicep="${packages%/}/$package/$version/tools/bicep"
if [[ ! -f "$bicep" ]]; then
  echo "bicep.sh: Bicep CLI not found at $bicep after restore" >&2
  exit 1
fi
# NuGet extraction does not always keep the executable bit.
[[ -x "$bicep" ]] || chmod +x "$bicep"
"$bicep" --version

cd "$root"
echo "== bicep build infra/main.bicep"
if ! "$bicep" build infra/main.bicep --stdout > /dev/null; then
  echo "bicep.sh: FAILED - bicep build infra/main.bicep reported errors (see above)" >&2
  exit 1
fi

echo "== bicep lint infra/main.bicep"
if ! "$bicep" lint infra/main.bicep; then
  echo "bicep.sh: FAILED - bicep lint infra/main.bicep reported errors (rules at level error in infra/bicepconfig.json)" >&2
  exit 1
fi

echo "bicep.sh: infra/main.bicep builds and lints clean"
