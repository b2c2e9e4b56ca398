#Requires -Version 7.4
<#
.SYNOPSIS
    Uploads a wellness CSV to Intervals.icu, appends every date's result to a log CSV, and exits
    non-zero when anything failed. Made for Task Scheduler, cron and CI runners.

.DESCRIPTION
    Reads -Path with Import-Csv and pipes the rows to Set-IcuWellness: headers such as Date, Weight,
    RestingHR (or RHR, resting_hr), Hrv (or rMSSD), SleepHours (7.5 or 7:30), Soreness, Comments ...
    bind by name; an empty cell keeps the server's value; numbers are read the same on every machine.
    Days the athlete locked (fixed by hand) are skipped with a warning.

    The API key is never in this script. It comes from the environment variable
    INTERVALS_ICU_API_KEY, or, with -SecretName, from a SecretManagement vault. Without either the
    script stops at once (exit 2) instead of waiting for a prompt nobody will answer.

    Exit codes:
      0  every date was sent, was unchanged, or was skipped because it is locked
      1  at least one row was invalid or failed (the others were still sent), including a row in
         which no column names a wellness field (a misspelt header); see the log and the warning
      2  nothing was attempted: no key, refused key, unreadable CSV, no rows (unless -AllowEmpty)

    See about_IntervalsIcu_ScheduledUpload for Task Scheduler and cron recipes.

.PARAMETER Path
    The CSV to upload, e.g. the file a scale or ring app exports every morning.

.PARAMETER LogPath
    The CSV the results are appended to: RunAt, Date, Status, Fields, Changes, ErrorId, Error.
    Default: wellness-upload-log.csv beside -Path.

.PARAMETER Delimiter
    The CSV's delimiter; ';' for a spreadsheet saved in a country that writes 70,5.

.PARAMETER Mode
    Merge (default): the CSV's values overwrite. FillEmpty: only fields empty on the server are written.

.PARAMETER SecretName
    Read the key from this SecretManagement secret instead of INTERVALS_ICU_API_KEY.

.PARAMETER Vault
    The SecretManagement vault of -SecretName; default: the default vault.

.PARAMETER AthleteId
    A coached athlete's id; default: the key's own athlete (or INTERVALS_ICU_ATHLETE_ID).

.PARAMETER BaseUri
    https://intervals.icu, or the local emulator for a trial run.

.PARAMETER AllowEmpty
    Exit 0 when the CSV has no rows. Without it an empty file is an error: the export probably failed.

.EXAMPLE
    # The job's environment holds INTERVALS_ICU_API_KEY (set outside the shell, never typed on a command line).
    ./Send-DailyWellness.ps1 -Path ~/wellness/today.csv

.EXAMPLE
    ./Send-DailyWellness.ps1 -Path C:\Wellness\today.csv -SecretName IntervalsIcu
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $Path,

    [string] $LogPath,

    [string] $Delimiter = ',',

    [ValidateSet('Merge', 'FillEmpty')]
    [string] $Mode = 'Merge',

    [string] $SecretName,

    [string] $Vault,

    [string] $AthleteId,

    [string] $BaseUri = 'https://intervals.icu',

    [switch] $AllowEmpty
)

# Nothing may wait for input, and every failure below is handled explicitly.
$ErrorActionPreference = 'Stop'
$runAt = (Get-Date).ToString('yyyy-MM-ddTHH:mm:ssK', [cultureinfo]::InvariantCulture)

function Stop-Run([string] $Reason, [System.Management.Automation.ErrorRecord] $ErrorRecord) {
    $id = if ($ErrorRecord) { " [$($ErrorRecord.FullyQualifiedErrorId)]" } else { '' }
    $fix = if ($ErrorRecord.ErrorDetails.RecommendedAction) { " $($ErrorRecord.ErrorDetails.RecommendedAction)" } else { '' }
    Write-Error -Message "Send-DailyWellness: $Reason$id$fix" -ErrorAction Continue
    exit 2
}

try {
    if (-not (Get-Module -Name IntervalsIcu)) {
        Import-Module -Name IntervalsIcu
    }

    $Path = (Resolve-Path -LiteralPath $Path).ProviderPath
    if (-not $LogPath) {
        $LogPath = Join-Path (Split-Path -Parent $Path) 'wellness-upload-log.csv'
    }

    $connect = @{ BaseUri = $BaseUri; PassThru = $true }
    if ($SecretName) {
        $vaultParameter = if ($Vault) { @{ Vault = $Vault } } else { @{} }
        # A SecureString straight into -ApiKey: the key never becomes plain text here.
        $connect.ApiKey = Microsoft.PowerShell.SecretManagement\Get-Secret -Name $SecretName @vaultParameter
    }

    if ($AthleteId) {
        $connect.AthleteId = $AthleteId
    }

    $session = Connect-Icu @connect
    $rows = @(Import-Csv -LiteralPath $Path -Delimiter $Delimiter)
}
catch {
    Stop-Run $_.Exception.Message $_
}

if ($rows.Count -eq 0) {
    if ($AllowEmpty) {
        Write-Output "Send-DailyWellness: $Path has no rows; nothing to do."
        exit 0
    }

    Stop-Run "$Path has no rows: the export that writes it probably failed (use -AllowEmpty to accept an empty file)." $null
}

# Invalid and failed rows are non-terminating errors: collect them and let the other rows go on.
$uploadErrors = $null
try {
    $results = @($rows | Set-IcuWellness -Session $session -Mode $Mode -PassThru -ErrorAction Continue -ErrorVariable uploadErrors)
}
catch {
    # Only what concerns every row stops the command (e.g. the key was refused while reading).
    Stop-Run $_.Exception.Message $_
}

$results |
    Select-Object @{ Name = 'RunAt'; Expression = { $runAt } }, Date, Status,
        @{ Name = 'Fields'; Expression = { "$($_.Fields)" } }, Changes, ErrorId, Error |
    Export-Csv -LiteralPath $LogPath -Append -NoTypeInformation -Encoding utf8

$counts = ($results | Group-Object -Property Status | ForEach-Object { "$($_.Count) $($_.Name)" }) -join ', '
Write-Output "Send-DailyWellness: $($results.Count) dates from $Path ($counts); log: $LogPath"

$failed = @($results | Where-Object { "$($_.Status)" -in 'Invalid', 'Failed' })
if ($failed.Count -gt 0 -or @($uploadErrors).Count -gt 0) {
    exit 1
}

exit 0
