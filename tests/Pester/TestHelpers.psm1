#Requires -Version 7.4
<#
    What the Pester tests and build.ps1 share:
      - where the built module is (out/IntervalsIcu/IntervalsIcu.psd1, or $env:ICU_TEST_MODULE);
      - how to start the emulator and read its demo keys, and how to stop it again;
      - how to keep the user's own INTERVALS_ICU_* variables out of the tests and put them back.

    Every assumption about what the emulator prints lives in $script:EmulatorOutputPattern below, so
    a change of its banner is fixed in this one place.

    The environment variable ICU_TEST_EMULATOR, when set (build.ps1 sets it for its Pester run),
    describes an emulator that is already running, as JSON:
        {"BaseUri":"http://localhost:50123","Keys":{"i100001":"<key>",...},
         "Tokens":[{"AthleteId":"i100001","Token":"<token>","Scopes":["ACTIVITY:READ",...]}]}
    Start-IcuEmulator then returns that one instead of starting another, and Stop-IcuEmulator leaves
    it running for its owner to stop.
#>

$script:RepositoryRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
$script:EmulatorProject = [System.IO.Path]::Combine($script:RepositoryRoot, 'tests', 'IntervalsIcu.Emulator')

# Test-only variables of this process (and of the child processes it starts).
$script:EmulatorVariable = 'ICU_TEST_EMULATOR'
$script:ModuleVariable = 'ICU_TEST_MODULE'

# The user's own variables, which the module reads; tests clear them and put them back afterwards.
$script:UserVariables = @('INTERVALS_ICU_API_KEY', 'INTERVALS_ICU_ATHLETE_ID')

# ---------------------------------------------------------------------------------------------------
# The emulator's startup banner (tests/IntervalsIcu.Emulator/Hosting/StandaloneBanner.cs), e.g.
#
#   Intervals.icu emulator listening on http://localhost:8044 (API under http://localhost:8044/api/v1)
#   Rate limit: off
#
#   Demo athletes (Basic auth: user name API_KEY, password = the key; id 0 = yourself)
#     i100001   Alex Rider        Europe/Berlin     key emu0demo0alexrider000001
#     i100002   Morgan Reyes      Europe/Madrid     key emu0demo0coachmorgan0002  coaches i100001, i100003
#
#   Demo OAuth tokens (Authorization: Bearer <token>)
#     emu0oauth0readall000000000000001  i100001  ACTIVITY:READ,CALENDAR:READ,SETTINGS:READ,WELLNESS:READ
#     emu0oauth0noscope000000000000003  i100001  (no scopes)
#
# One regular expression per kind of line. They are case-sensitive except BaseUri. When no key line
# matches at all, Start-IcuEmulator falls back to the constants of the emulator's DemoData.cs.
# ---------------------------------------------------------------------------------------------------
$script:EmulatorOutputPattern = @{
    # "... listening on http://localhost:8044 ..." (also ASP.NET Core's "Now listening on: http://...").
    BaseUri = [regex]::new('(?i)\blistening on:?\s+(?<uri>https?://[^\s/]+)')

    # "  <athlete id>  <name>  <time zone>  key <api key>  [coaches ...]"
    ApiKey  = [regex]::new('^\s*(?<athlete>i?[0-9]+)\s+.*?\bkey\s+(?<key>[A-Za-z0-9_-]{8,})(?:\s|$)')

    # "  <token>  <athlete id>  <SCOPE:READ,SCOPE:WRITE,...|(no scopes)>"
    Token   = [regex]::new('^\s*(?<token>[A-Za-z0-9_-]{16,})\s+(?<athlete>i?[0-9]+)\s+(?<scopes>.*\S)\s*$')

    # One OAuth scope inside the scopes column.
    Scope   = [regex]::new('\b[A-Z]+:(?:READ|WRITE)\b')
}

function Get-IcuRepositoryRoot {
    <# The repository root (two levels above this file). #>
    [CmdletBinding()]
    [OutputType([string])]
    param()

    $script:RepositoryRoot
}

function Get-IcuTestModulePath {
    <# The manifest of the built module to test: $env:ICU_TEST_MODULE, else out/IntervalsIcu/IntervalsIcu.psd1. #>
    [CmdletBinding()]
    [OutputType([string])]
    param()

    $path = [Environment]::GetEnvironmentVariable($script:ModuleVariable)
    if ([string]::IsNullOrWhiteSpace($path)) {
        $path = Join-Path $script:RepositoryRoot 'out' 'IntervalsIcu' 'IntervalsIcu.psd1'
    }

    if (-not (Test-Path -LiteralPath $path -PathType Leaf)) {
        throw "The built module is not at '$path'. Run ./build.ps1 (or: dotnet build IntervalsIcu.PowerShell.sln) first."
    }

    (Resolve-Path -LiteralPath $path).ProviderPath
}

function Get-IcuPwshPath {
    <# The pwsh executable running this session, for child processes. #>
    [CmdletBinding()]
    [OutputType([string])]
    param()

    $name = if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }
    $path = Join-Path $PSHOME $name
    if (Test-Path -LiteralPath $path -PathType Leaf) {
        return $path
    }

    (Get-Command -Name 'pwsh' -CommandType Application -ErrorAction Stop | Select-Object -First 1).Source
}

function Get-IcuFreeTcpPort {
    <# A loopback TCP port that nothing listens on right now. #>
    [CmdletBinding()]
    [OutputType([int])]
    param()

    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    try {
        $listener.Start()
        [int]$listener.LocalEndpoint.Port
    }
    finally {
        $listener.Stop()
    }
}

function ConvertFrom-IcuEmulatorOutput {
    <#
    .SYNOPSIS
        Reads the base URI, the demo API keys and the demo OAuth tokens from the emulator's console output.
    .OUTPUTS
        An object with BaseUri (string or $null), Keys (ordered dictionary: athlete id -> key) and
        Tokens (objects with AthleteId, Token, Scopes).
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)]
        [AllowEmptyString()]
        [string] $Text
    )

    $baseUri = $null
    $keys = [ordered]@{}
    $tokens = [System.Collections.Generic.List[object]]::new()
    foreach ($line in ($Text -split '\r?\n')) {
        if (-not $baseUri) {
            $match = $script:EmulatorOutputPattern.BaseUri.Match($line)
            if ($match.Success) {
                $baseUri = $match.Groups['uri'].Value
            }
        }

        $match = $script:EmulatorOutputPattern.ApiKey.Match($line)
        if ($match.Success) {
            $athleteId = $match.Groups['athlete'].Value
            if (-not $keys.Contains($athleteId)) {
                $keys[$athleteId] = $match.Groups['key'].Value
            }

            continue
        }

        $match = $script:EmulatorOutputPattern.Token.Match($line)
        if ($match.Success) {
            $scopes = @($script:EmulatorOutputPattern.Scope.Matches($match.Groups['scopes'].Value) | ForEach-Object { $_.Value })
            $tokens.Add([pscustomobject]@{
                    AthleteId = $match.Groups['athlete'].Value
                    Token     = $match.Groups['token'].Value
                    Scopes    = $scopes
                })
        }
    }

    [pscustomobject]@{
        BaseUri = $baseUri
        Keys    = $keys
        Tokens  = $tokens.ToArray()
    }
}

function Read-IcuEmulatorDemoData {
    <#
    .SYNOPSIS
        The fallback when the banner cannot be read: the demo keys and tokens from the constants in the
        emulator's DemoData.cs (<Prefix>AthleteId or <Prefix>Id paired with <Prefix>ApiKey; <Prefix>Token
        with <Prefix>TokenScopes). Returns $null when the file is not there.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param()

    $file = Get-ChildItem -LiteralPath $script:EmulatorProject -Filter 'DemoData.cs' -Recurse -File -ErrorAction SilentlyContinue |
        Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' } |
        Select-Object -First 1
    if (-not $file) {
        return $null
    }

    $constants = @{}
    $source = Get-Content -LiteralPath $file.FullName -Raw
    foreach ($match in [regex]::Matches($source, 'const\s+string\s+(?<name>\w+)\s*=\s*"(?<value>[^"]*)"')) {
        $constants[$match.Groups['name'].Value] = $match.Groups['value'].Value
    }

    $keys = [ordered]@{}
    $tokens = [System.Collections.Generic.List[object]]::new()
    foreach ($name in @($constants.Keys | Sort-Object)) {
        $idName = [regex]::Match($name, '^(?<prefix>\w+?)(?:AthleteId|Id)$')
        if ($idName.Success -and $constants[$name] -match '^i?[0-9]+$') {
            $prefix = $idName.Groups['prefix'].Value
            foreach ($keyName in @("${prefix}ApiKey", "${prefix}AthleteApiKey", "${prefix}Key")) {
                if ($constants.ContainsKey($keyName)) {
                    $keys[$constants[$name]] = $constants[$keyName]
                    break
                }
            }
        }

        $tokenName = [regex]::Match($name, '^(?<prefix>\w+)Token$')
        if ($tokenName.Success) {
            $scopeText = $constants["$($tokenName.Groups['prefix'].Value)TokenScopes"]
            $scopes = @(if ($scopeText) { $script:EmulatorOutputPattern.Scope.Matches($scopeText) | ForEach-Object { $_.Value } })
            $tokens.Add([pscustomobject]@{
                    AthleteId = $null
                    Token     = $constants[$name]
                    Scopes    = $scopes
                })
        }
    }

    [pscustomobject]@{
        Path   = $file.FullName
        Keys   = $keys
        Tokens = $tokens.ToArray()
    }
}

function Start-IcuEmulator {
    <#
    .SYNOPSIS
        Starts the emulator on a free loopback port (or returns the one described by
        $env:ICU_TEST_EMULATOR) and waits until it answers HTTP and has printed its demo keys.
    .OUTPUTS
        An object with
          BaseUri      'http://localhost:<port>' (no trailing slash)
          Keys         ordered dictionary: athlete id -> personal API key
          Tokens       objects with AthleteId, Token, Scopes (string[])
          Process      the 'dotnet run' process, or $null when not started here
          Owned        $true when Stop-IcuEmulator should stop it
          LogDirectory where its stdout.log and stderr.log are written, or $null
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        # 0 picks a free port.
        [ValidateRange(0, 65535)]
        [int] $Port = 0,

        [ValidateSet('Debug', 'Release')]
        [string] $Configuration = 'Debug',

        # Pass --no-build to 'dotnet run' (build.ps1 has just built the solution).
        [switch] $NoBuild,

        # The first 'dotnet run' may have to build, hence the generous default.
        [ValidateRange(5, 3600)]
        [int] $TimeoutSeconds = 300,

        # Start a new emulator even when $env:ICU_TEST_EMULATOR describes one.
        [switch] $IgnoreEnvironment
    )

    if (-not $IgnoreEnvironment) {
        $shared = [Environment]::GetEnvironmentVariable($script:EmulatorVariable)
        if (-not [string]::IsNullOrWhiteSpace($shared)) {
            $data = $shared | ConvertFrom-Json
            $keys = [ordered]@{}
            foreach ($property in $data.Keys.PSObject.Properties) {
                $keys[$property.Name] = [string]$property.Value
            }

            $tokens = @(foreach ($token in @($data.Tokens)) {
                    if ($null -ne $token) {
                        [pscustomobject]@{ AthleteId = $token.AthleteId; Token = $token.Token; Scopes = @($token.Scopes) }
                    }
                })
            Write-Verbose "Using the emulator at $($data.BaseUri) described by `$env:$($script:EmulatorVariable)."
            return New-IcuEmulatorInfo -BaseUri $data.BaseUri -Keys $keys -Tokens $tokens -Process $null -Owned $false -LogDirectory $null
        }
    }

    $dotnet = (Get-Command -Name 'dotnet' -CommandType Application -ErrorAction Stop | Select-Object -First 1).Source
    $failures = [System.Collections.Generic.List[string]]::new()
    # A port picked as free can be taken before the emulator binds it: try again with another.
    $attempts = if ($Port -gt 0) { 1 } else { 3 }
    for ($attempt = 1; $attempt -le $attempts; $attempt++) {
        $chosenPort = if ($Port -gt 0) { $Port } else { Get-IcuFreeTcpPort }
        $logDirectory = Join-Path ([System.IO.Path]::GetTempPath()) ('IntervalsIcu.Emulator.' + [guid]::NewGuid().ToString('N').Substring(0, 12))
        $null = New-Item -ItemType Directory -Path $logDirectory -Force
        $stdout = Join-Path $logDirectory 'stdout.log'
        $stderr = Join-Path $logDirectory 'stderr.log'

        $arguments = @('run', '--project', $script:EmulatorProject, '--no-launch-profile', '--configuration', $Configuration)
        if ($NoBuild) {
            $arguments += '--no-build'
        }

        $arguments += @('--', '--port', [string]$chosenPort, '--no-rate-limit')
        $commandLine = ConvertTo-IcuCommandLine -Argument $arguments
        Write-Verbose "Starting the emulator: dotnet $commandLine"

        $startProcess = @{
            FilePath               = $dotnet
            ArgumentList           = $commandLine
            RedirectStandardOutput = $stdout
            RedirectStandardError  = $stderr
            PassThru               = $true
        }
        if ($IsWindows) {
            # No console window popping up for the duration of the tests (-WindowStyle exists only on Windows).
            $startProcess.WindowStyle = 'Hidden'
        }

        $process = Start-Process @startProcess
        $state = Wait-IcuEmulatorReady -Process $process -OutputPath $stdout -Port $chosenPort -TimeoutSeconds $TimeoutSeconds
        $output = (Read-IcuSharedText -Path $stdout) + (Read-IcuSharedText -Path $stderr)

        if ($state.Ready) {
            $keys = $state.Parsed.Keys
            $tokens = @($state.Parsed.Tokens)
            if ($keys.Count -eq 0 -or $tokens.Count -eq 0) {
                $fallback = Read-IcuEmulatorDemoData
                if ($fallback -and $keys.Count -eq 0 -and $fallback.Keys.Count -gt 0) {
                    Write-Warning ("No demo key in the emulator's output matched the pattern in TestHelpers.psm1; " +
                        "using the constants of $($fallback.Path). Adjust `$script:EmulatorOutputPattern if the banner changed.")
                    $keys = $fallback.Keys
                }

                if ($fallback -and $tokens.Count -eq 0) {
                    $tokens = @($fallback.Tokens)
                }
            }

            if ($keys.Count -gt 0) {
                return New-IcuEmulatorInfo -BaseUri $state.BaseUri -Keys $keys -Tokens $tokens -Process $process -Owned $true -LogDirectory $logDirectory
            }

            $failures.Add("The emulator answers at $($state.BaseUri) but printed no demo key that TestHelpers.psm1 can read (`$script:EmulatorOutputPattern.ApiKey), and no DemoData.cs was found.")
        }
        elseif ($state.Exited) {
            $failures.Add("The emulator exited before it was ready (exit code $($state.ExitCode)).")
        }
        else {
            $failures.Add("The emulator did not answer on port $chosenPort within $TimeoutSeconds s.")
        }

        Stop-IcuProcessTree -Process $process
        Remove-Item -LiteralPath $logDirectory -Recurse -Force -ErrorAction SilentlyContinue
        $tail = (($output -split '\r?\n') | Select-Object -Last 40) -join [Environment]::NewLine
        $failures[$failures.Count - 1] += [Environment]::NewLine + "Command: dotnet $commandLine" + [Environment]::NewLine + "Output:" + [Environment]::NewLine + $tail

        $portTaken = $output -match 'Cannot listen on port|address already in use|Only one usage of each socket address'
        if (-not ($state.Exited -and $portTaken)) {
            break
        }
    }

    throw ($failures -join ([Environment]::NewLine * 2))
}

function Stop-IcuEmulator {
    <# Stops an emulator that Start-IcuEmulator started (the whole 'dotnet run' process tree); leaves a shared one alone. #>
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, ValueFromPipeline)]
        [AllowNull()]
        [psobject] $Emulator
    )

    process {
        if ($null -eq $Emulator -or -not $Emulator.Owned) {
            return
        }

        Stop-IcuProcessTree -Process $Emulator.Process
        if ($Emulator.LogDirectory) {
            Remove-Item -LiteralPath $Emulator.LogDirectory -Recurse -Force -ErrorAction SilentlyContinue
        }
    }
}

function Get-IcuEmulatorKey {
    <# The demo API key of an athlete, as text or as a SecureString. #>
    [CmdletBinding()]
    [OutputType([string], [securestring])]
    param(
        [Parameter(Mandatory)]
        [psobject] $Emulator,

        [Parameter(Mandatory)]
        [string] $AthleteId,

        [switch] $AsSecureString
    )

    if (-not $Emulator.Keys.Contains($AthleteId)) {
        throw "The emulator has no demo key for athlete '$AthleteId' (it has keys for: $(@($Emulator.Keys.Keys) -join ', '))."
    }

    $key = [string]$Emulator.Keys[$AthleteId]
    if ($AsSecureString) {
        return ConvertTo-SecureString -String $key -AsPlainText -Force
    }

    $key
}

function Get-IcuEmulatorToken {
    <#
        A demo OAuth token: the first one holding every scope in -WithScope, or with -WithoutScope one
        holding none. $null when the emulator printed no such token.
    #>
    [CmdletBinding(DefaultParameterSetName = 'WithScope')]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)]
        [psobject] $Emulator,

        [Parameter(Mandatory, ParameterSetName = 'WithScope')]
        [string[]] $WithScope,

        [Parameter(Mandatory, ParameterSetName = 'WithoutScope')]
        [switch] $WithoutScope
    )

    foreach ($token in @($Emulator.Tokens)) {
        if ($null -eq $token) {
            continue
        }

        $scopes = @($token.Scopes)
        if ($WithoutScope) {
            if ($scopes.Count -eq 0) {
                return $token
            }
        }
        elseif (-not @($WithScope | Where-Object { $_ -cnotin $scopes })) {
            return $token
        }
    }

    $null
}

function Export-IcuEmulatorEnvironment {
    <# Describes a running emulator in $env:ICU_TEST_EMULATOR for child processes (build.ps1 -> Pester). #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [psobject] $Emulator
    )

    $json = [ordered]@{
        BaseUri = $Emulator.BaseUri
        Keys    = $Emulator.Keys
        Tokens  = @($Emulator.Tokens)
    } | ConvertTo-Json -Depth 5 -Compress
    [Environment]::SetEnvironmentVariable($script:EmulatorVariable, $json)
}

function Save-IcuUserEnvironment {
    <#
        Saves and clears INTERVALS_ICU_API_KEY and INTERVALS_ICU_ATHLETE_ID of this process, so a key
        of the user's cannot leak into a test (or reach intervals.icu). Give the result to
        Restore-IcuUserEnvironment.
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param()

    $saved = @{}
    foreach ($name in $script:UserVariables) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $null)
    }

    $saved
}

function Restore-IcuUserEnvironment {
    <# Puts back what Save-IcuUserEnvironment saved (removing what was not set before). #>
    [CmdletBinding()]
    param(
        [Parameter(Position = 0)]
        [AllowNull()]
        [hashtable] $Saved
    )

    if ($null -eq $Saved) {
        return
    }

    foreach ($name in $Saved.Keys) {
        [Environment]::SetEnvironmentVariable($name, $Saved[$name])
    }
}

function Invoke-IcuIsolatedPwsh {
    <#
        Runs a script in a new 'pwsh -NoProfile -NonInteractive' process and returns its exit code and
        its output (stdout and stderr) as lines of text.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)]
        [string] $ScriptText,

        [string[]] $ArgumentList = @()
    )

    $file = Join-Path ([System.IO.Path]::GetTempPath()) ('IntervalsIcu.Test.' + [guid]::NewGuid().ToString('N') + '.ps1')
    Set-Content -LiteralPath $file -Value $ScriptText -Encoding utf8
    try {
        $pwsh = Get-IcuPwshPath
        $output = @(& $pwsh -NoProfile -NonInteractive -File $file @ArgumentList 2>&1 | ForEach-Object { "$_" })
        [pscustomobject]@{
            ExitCode = $LASTEXITCODE
            Output   = $output
        }
    }
    finally {
        Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
    }
}

function Remove-IcuAnsi {
    <# Formatting output without ANSI escape sequences (table headers are styled in PowerShell 7.2+). #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $Text
    )

    process {
        $Text -replace '\x1b\[[0-9;?]*[A-Za-z]', ''
    }
}

function New-IcuTestFitFile {
    <# A FIT file the emulator accepts: a FIT header (".FIT") and unique bytes, so each one is new to the server. #>
    [CmdletBinding()]
    [OutputType([System.IO.FileInfo])]
    param(
        [Parameter(Mandatory, Position = 0)]
        [string] $Path
    )

    $bytes = [byte[]](14, 0x20, 0x54, 0x08, 16, 0, 0, 0) + [Text.Encoding]::ASCII.GetBytes('.FIT') + [byte[]](0, 0) + [Guid]::NewGuid().ToByteArray() + [byte[]](0, 0)
    [IO.File]::WriteAllBytes($Path, $bytes)
    Get-Item -LiteralPath $Path
}

function Get-IcuHelpExample {
    <#
        Every example of the module's help: the cmdlet pages (docs/en-US/<Verb-Noun>.md, from which the MAML
        is generated and proven equal) and the about topics (en-US/about_*.help.txt, EXAMPLES section).
        Each: Key ("Get-IcuActivity #2", "about_IntervalsIcu #1"), Title, Code, and the sample Output the
        page shows ('' when it shows none).
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param()

    foreach ($page in Get-ChildItem -LiteralPath (Join-Path $script:RepositoryRoot 'docs' 'en-US') -Filter '*.md' | Sort-Object Name) {
        $lines = @(Get-Content -LiteralPath $page.FullName)
        $current = $null
        $fence = $null
        $buffer = $null
        foreach ($line in $lines) {
            if ($line -match '^### Example (\d+):\s*(.*)$') {
                if ($current) { $current }
                $current = [pscustomobject]@{ Key = "$($page.BaseName) #$($Matches[1])"; Title = $Matches[2]; Code = ''; Output = '' }
                continue
            }

            if ($line -match '^## ') {
                if ($current) { $current }
                $current = $null
                continue
            }

            if (-not $current) { continue }
            if ($null -eq $fence -and $line -match '^```(\w+)\s*$') {
                $fence = $Matches[1]
                $buffer = [System.Collections.Generic.List[string]]::new()
                continue
            }

            if ($null -ne $fence -and $line -match '^```\s*$') {
                $text = $buffer -join "`n"
                if ($fence -eq 'powershell' -and -not $current.Code) { $current.Code = $text }
                elseif ($fence -eq 'output' -and -not $current.Output) { $current.Output = $text }
                $fence = $null
                continue
            }

            if ($null -ne $fence) { $buffer.Add($line) }
        }

        if ($current) { $current }
    }

    foreach ($topic in Get-ChildItem -LiteralPath (Join-Path $script:RepositoryRoot 'en-US') -Filter 'about_*.help.txt' | Sort-Object Name) {
        $name = $topic.Name -replace '\.help\.txt$', ''
        $inExamples = $false
        $number = 0
        $intro = [System.Collections.Generic.List[string]]::new()
        $code = [System.Collections.Generic.List[string]]::new()
        $emit = {
            if ($code.Count -gt 0) {
                $script:exampleNumber++
                [pscustomobject]@{ Key = "$name #$script:exampleNumber"; Title = ($intro -join ' ').Trim().TrimEnd(':'); Code = ($code -join "`n").TrimEnd(); Output = '' }
            }
        }
        $script:exampleNumber = 0
        foreach ($line in Get-Content -LiteralPath $topic.FullName) {
            if ($line -cmatch '^EXAMPLES\s*$') { $inExamples = $true; continue }
            if (-not $inExamples) { continue }
            if ($line -cmatch '^[A-Z][A-Z ]+$') { break }
            if ($line -match '^ {8}(.*)$') { $code.Add($Matches[1]); continue }
            if ($line -match '^ {4}(\S.*)$') {
                if ($code.Count -gt 0) {
                    & $emit
                    $intro.Clear(); $code.Clear()
                }
                $intro.Add($Matches[1])
                continue
            }
            if ($line -match '^\s*$' -and $code.Count -gt 0) { $code.Add('') }
        }

        & $emit
    }
}

# --- private -------------------------------------------------------------------------------------

function New-IcuEmulatorInfo {
    param($BaseUri, $Keys, $Tokens, $Process, $Owned, $LogDirectory)

    [pscustomobject]@{
        PSTypeName   = 'IntervalsIcu.Tests.Emulator'
        BaseUri      = ([string]$BaseUri).TrimEnd('/')
        Keys         = $Keys
        Tokens       = @($Tokens)
        Process      = $Process
        Owned        = [bool]$Owned
        LogDirectory = $LogDirectory
    }
}

function Wait-IcuEmulatorReady {
    # Ready: the process runs, answers HTTP, and has printed its banner (or 10 s passed after the first answer).
    param(
        [System.Diagnostics.Process] $Process,
        [string] $OutputPath,
        [int] $Port,
        [int] $TimeoutSeconds
    )

    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    $firstAnswer = $null
    $parsed = $null
    $baseUri = "http://localhost:$Port"
    $probe = [System.Net.Http.HttpClient]::new()
    $probe.Timeout = [TimeSpan]::FromSeconds(3)
    try {
        while ([DateTime]::UtcNow -lt $deadline) {
            $parsed = ConvertFrom-IcuEmulatorOutput -Text (Read-IcuSharedText -Path $OutputPath)
            if ($parsed.BaseUri) {
                $baseUri = $parsed.BaseUri.TrimEnd('/')
            }

            if ($Process.HasExited) {
                $exitCode = try { $Process.ExitCode } catch { '?' }
                return [pscustomobject]@{ Ready = $false; Exited = $true; ExitCode = $exitCode; BaseUri = $baseUri; Parsed = $parsed }
            }

            if (Test-IcuHttpAnswer -Client $probe -BaseUri $baseUri) {
                if ($null -eq $firstAnswer) {
                    $firstAnswer = [DateTime]::UtcNow
                }

                $bannerRead = $parsed.BaseUri -and $parsed.Keys.Count -gt 0
                if ($bannerRead -or ([DateTime]::UtcNow - $firstAnswer).TotalSeconds -ge 10) {
                    # Let the token lines that follow the key lines arrive.
                    Start-Sleep -Milliseconds 300
                    $parsed = ConvertFrom-IcuEmulatorOutput -Text (Read-IcuSharedText -Path $OutputPath)
                    return [pscustomobject]@{ Ready = $true; Exited = $false; ExitCode = $null; BaseUri = $baseUri; Parsed = $parsed }
                }
            }

            Start-Sleep -Milliseconds 250
        }
    }
    finally {
        $probe.Dispose()
    }

    [pscustomobject]@{ Ready = $false; Exited = $false; ExitCode = $null; BaseUri = $baseUri; Parsed = $parsed }
}

function Test-IcuHttpAnswer {
    # Any HTTP answer counts (an unauthenticated request gets 401): the server is up.
    param([System.Net.Http.HttpClient] $Client, [string] $BaseUri)

    try {
        $response = $Client.GetAsync("$BaseUri/api/v1/athlete/0").GetAwaiter().GetResult()
        $response.Dispose()
        $true
    }
    catch {
        $false
    }
}

function Read-IcuSharedText {
    # Reads a log file that another process (or Start-Process itself) is still writing.
    param([string] $Path)

    if (-not (Test-Path -LiteralPath $Path -PathType Leaf)) {
        return ''
    }

    try {
        $stream = [System.IO.FileStream]::new($Path, [System.IO.FileMode]::Open, [System.IO.FileAccess]::Read, [System.IO.FileShare]'ReadWrite, Delete')
        try {
            $reader = [System.IO.StreamReader]::new($stream)
            $reader.ReadToEnd()
        }
        finally {
            $stream.Dispose()
        }
    }
    catch {
        ''
    }
}

function Stop-IcuProcessTree {
    param([System.Diagnostics.Process] $Process)

    if ($null -eq $Process) {
        return
    }

    try {
        if (-not $Process.HasExited) {
            # 'dotnet run' starts the emulator as its child: end both.
            $Process.Kill($true)
        }

        $null = $Process.WaitForExit(15000)
    }
    catch {
        Write-Verbose "Stopping process $($Process.Id): $($_.Exception.Message)"
    }
}

function ConvertTo-IcuCommandLine {
    # Joins arguments for Start-Process, quoting the ones with spaces or quotes (Windows argv rules,
    # which .NET also applies when it starts a process on Linux and macOS).
    param([string[]] $Argument)

    $quoted = foreach ($item in $Argument) {
        if ($item -eq '' -or $item -match '[\s"]') {
            '"' + (($item -replace '(\\*)"', '$1$1\"') -replace '(\\+)$', '$1$1') + '"'
        }
        else {
            $item
        }
    }

    $quoted -join ' '
}

Export-ModuleMember -Function @(
    'Get-IcuRepositoryRoot'
    'Get-IcuTestModulePath'
    'Get-IcuPwshPath'
    'Get-IcuFreeTcpPort'
    'ConvertFrom-IcuEmulatorOutput'
    'Read-IcuEmulatorDemoData'
    'Start-IcuEmulator'
    'Stop-IcuEmulator'
    'Get-IcuEmulatorKey'
    'Get-IcuEmulatorToken'
    'Export-IcuEmulatorEnvironment'
    'Save-IcuUserEnvironment'
    'Restore-IcuUserEnvironment'
    'Invoke-IcuIsolatedPwsh'
    'Remove-IcuAnsi'
    'Get-IcuHelpExample'
    'New-IcuTestFitFile'
)
