#Requires -Version 7.4
<#
.SYNOPSIS
    Pushes a training plan from a CSV to an athlete's Intervals.icu calendar so that the calendar
    holds exactly the plan, appends every row's result to a log CSV, and exits non-zero when anything
    failed. Made for a coach's scheduled job (Task Scheduler, cron, a CI runner).

.DESCRIPTION
    Reads -Path with Import-Csv and pipes the rows to Set-IcuEvent -Prune: headers such as Date, Time,
    Category, Type, Name, Description (Intervals.icu workout text, e.g. "- 10m 60%"), ExternalId,
    MovingTime, Load, Indoor, File and AthleteId bind by name. Every row needs an ExternalId starting
    with the plan's prefix (e.g. jamie-2026-w14-mon): that makes re-runs idempotent (a row whose event
    is already right is Unchanged and not sent) and lets -Prune remove, inside the CSV's date range,
    the plan's events that are no longer in the CSV, and nothing else.

    The API key is never in this script. It comes from the environment variable
    INTERVALS_ICU_API_KEY, or, with -SecretName, from a SecretManagement vault. Without either the
    script stops at once (exit 2) instead of waiting for a prompt nobody will answer.

    Exit codes:
      0  every row was created, updated or unchanged, and every pruned event removed
      1  at least one row was invalid or failed (the others were still written); see the log
      2  nothing was attempted: no key, refused key, an athlete you do not coach, unreadable CSV,
         rows without a common ExternalId prefix, or no rows (unless -AllowEmpty)

    See about_IntervalsIcu_Calendar for the workout text, external ids and pruning.

.PARAMETER Path
    The plan CSV, e.g. next week's workouts exported from a spreadsheet.

.PARAMETER AthleteId
    The athlete whose calendar is written (one you coach); default: the key's own athlete. An
    AthleteId column in the CSV overrides it per row.

.PARAMETER LogPath
    The CSV the results are appended to: RunAt, AthleteId, Date, Status, ExternalId, Name, Changes,
    ErrorId, Error. Default: plan-sync-log.csv beside -Path.

.PARAMETER Delimiter
    The CSV's delimiter; ';' for a spreadsheet saved in a country that writes 1,5.

.PARAMETER NoPrune
    Only create and update; leave events that left the plan on the calendar.

.PARAMETER SecretName
    Read the key from this SecretManagement secret instead of INTERVALS_ICU_API_KEY.

.PARAMETER Vault
    The SecretManagement vault of -SecretName; default: the default vault.

.PARAMETER BaseUri
    https://intervals.icu, or the local emulator for a trial run.

.PARAMETER AllowEmpty
    Exit 0 when the CSV has no rows. Without it an empty file is an error: the export probably failed.

.EXAMPLE
    # The job's environment holds INTERVALS_ICU_API_KEY (set outside the shell, never typed on a command line).
    ./Sync-TrainingPlan.ps1 -Path ~/plans/jamie-next-week.csv -AthleteId i100003

.EXAMPLE
    ./Sync-TrainingPlan.ps1 -Path C:\Plans\team.csv -SecretName IntervalsIcu   # AthleteId column per row
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $Path,

    [string] $AthleteId,

    [string] $LogPath,

    [string] $Delimiter = ',',

    [switch] $NoPrune,

    [string] $SecretName,

    [string] $Vault,

    [string] $BaseUri = 'https://intervals.icu',

    [switch] $AllowEmpty
)

# Nothing may wait for input, and every failure below is handled explicitly.
$ErrorActionPreference = 'Stop'
$runAt = (Get-Date).ToString('yyyy-MM-ddTHH:mm:ssK', [cultureinfo]::InvariantCulture)

function Stop-Run([string] $Reason, [System.Management.Automation.ErrorRecord] $ErrorRecord) {
    $id = if ($ErrorRecord) { " [$($ErrorRecord.FullyQualifiedErrorId)]" } else { '' }
    $fix = if ($ErrorRecord.ErrorDetails.RecommendedAction) { " $($ErrorRecord.ErrorDetails.RecommendedAction)" } else { '' }
    Write-Error -Message "Sync-TrainingPlan: $Reason$id$fix" -ErrorAction Continue
    exit 2
}

try {
    if (-not (Get-Module -Name IntervalsIcu)) {
        Import-Module -Name IntervalsIcu
    }

    $Path = (Resolve-Path -LiteralPath $Path).ProviderPath
    if (-not $LogPath) {
        $LogPath = Join-Path (Split-Path -Parent $Path) 'plan-sync-log.csv'
    }

    $connect = @{ BaseUri = $BaseUri; PassThru = $true }
    if ($SecretName) {
        $vaultParameter = if ($Vault) { @{ Vault = $Vault } } else { @{} }
        # A SecureString straight into -ApiKey: the key never becomes plain text here.
        $connect.ApiKey = Microsoft.PowerShell.SecretManagement\Get-Secret -Name $SecretName @vaultParameter
    }

    if ($AthleteId) {
        # Connecting for the athlete checks at once that you coach them (else: the diagnosis, exit 2).
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
        Write-Output "Sync-TrainingPlan: $Path has no rows; nothing to do."
        exit 0
    }

    Stop-Run "$Path has no rows: the export that writes it probably failed (use -AllowEmpty to accept an empty file)." $null
}

# Invalid and failed rows are non-terminating errors: collect them and let the other rows go on.
$syncErrors = $null
$set = @{ Session = $session; Prune = -not $NoPrune; PassThru = $true; Confirm = $false }

try {
    $results = @($rows | Set-IcuEvent @set -ErrorAction Continue -ErrorVariable syncErrors)
}
catch {
    # Only what concerns every row stops the command (a refused key, rows without a plan prefix).
    Stop-Run $_.Exception.Message $_
}

$results |
    Select-Object @{ Name = 'RunAt'; Expression = { $runAt } }, AthleteId,
        @{ Name = 'Date'; Expression = { if ($_.Date) { $_.Date.ToString('yyyy-MM-dd HH:mm', [cultureinfo]::InvariantCulture) } } },
        Status, ExternalId, Name, Changes, ErrorId, Error |
    Export-Csv -LiteralPath $LogPath -Append -NoTypeInformation -Encoding utf8

$counts = ($results | Group-Object -Property Status | ForEach-Object { "$($_.Count) $($_.Name)" }) -join ', '
Write-Output "Sync-TrainingPlan: $($rows.Count) rows from $Path ($counts); log: $LogPath"

$failed = @($results | Where-Object { "$($_.Status)" -eq 'Failed' })
if ($failed.Count -gt 0 -or @($syncErrors).Count -gt 0) {
    exit 1
}

exit 0
