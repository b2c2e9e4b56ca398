# Loaded by PowerShell when someone imports the source template ./IntervalsIcu.psd1 at the repository root
# (RequiredModules, checked before anything else; the build drops it from the staged manifest). There is no assembly beside the
# template, so say where the importable module is instead of failing on a missing DLL.
$built = Join-Path (Split-Path -Parent $PSScriptRoot) 'out' 'IntervalsIcu' 'IntervalsIcu.psd1'
$hint = if (Test-Path -LiteralPath $built) { "Import-Module '$built'" } else { "dotnet build IntervalsIcu.PowerShell.sln, then Import-Module ./out/IntervalsIcu/IntervalsIcu.psd1" }
throw [System.InvalidOperationException]::new("./IntervalsIcu.psd1 at the repository root is the source template of the manifest, not an importable module. Use: $hint (or put out/ on PSModulePath and Import-Module IntervalsIcu).")
