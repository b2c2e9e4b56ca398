#Requires -Version 7.4
# Pester 5: every long operation shows Write-Progress (issue 10.10), against the local emulator (never
# intervals.icu). Progress records cannot be redirected, so each command runs in a [powershell] instance of
# this process and the test reads that instance's progress stream.

Describe 'Progress of long operations' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $AlexKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001'
        $RunnerKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100003'

        # The progress records of a script run with the module and a session for the given key.
        function Get-ProgressOf([string] $Key, [string] $Script) {
            $shell = [powershell]::Create()
            try {
                $null = $shell.AddScript("Import-Module '$(Get-IcuTestModulePath)'; Connect-Icu -ApiKey (ConvertTo-SecureString '$Key' -AsPlainText) -BaseUri '$BaseUri' | Out-Null; `$ProgressPreference = 'Continue'; $Script")
                $null = $shell.Invoke()
                $shell.Streams.Error | ForEach-Object { throw $_ }
                @($shell.Streams.Progress)
            }
            finally {
                $shell.Dispose()
            }
        }
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    It 'Get-IcuActivity shows each window of a long range, and its bar never moves back while later windows are resized' {
        $progress = Get-ProgressOf $AlexKey '$null = Get-IcuActivity -Oldest (Get-Date).AddYears(-6) -WarningAction SilentlyContinue'

        $bars = @($progress | Where-Object Activity -EQ 'Get-IcuActivity' | Where-Object RecordType -NE 'Completed')
        $bars.Count | Should -BeGreaterThan 1
        $bars[0].StatusDescription | Should -Match '^Window 1 of about \d+: '
        $bars[0].PercentComplete | Should -Be 0
        for ($i = 1; $i -lt $bars.Count; $i++) {
            $bars[$i].PercentComplete | Should -BeGreaterOrEqual $bars[$i - 1].PercentComplete
        }
    }

    It 'Set-IcuWellness shows each bulk request of a long import' {
        # 1,200 days with a 1,000-character comment each: about 1.2 MB, more than two bodies of 512 KiB.
        $script = "0..1199 | ForEach-Object { [pscustomobject]@{ Date = ([datetime]'2012-01-01').AddDays(`$_).ToString('yyyy-MM-dd'); Weight = '70.5'; Comments = 'x' * 1000 } } | Set-IcuWellness"

        $progress = Get-ProgressOf $RunnerKey $script

        $bars = @($progress | Where-Object Activity -EQ 'Set-IcuWellness')
        @($bars | Where-Object StatusDescription -Like 'Bulk request * of 3 *').Count | Should -Be 3
        $bars[-1].RecordType | Should -Be 'Completed'
    }

    It 'Get-IcuWellness shows each request of a range of several years' {
        $progress = Get-ProgressOf $RunnerKey "Get-IcuWellness -Oldest 2009-01-01 -Newest 2012-12-31 | Out-Null"

        $bars = @($progress | Where-Object Activity -EQ 'Get-IcuWellness')
        @($bars | Where-Object StatusDescription -Like 'Request * of 4:*').Count | Should -Be 4
        $bars[-1].RecordType | Should -Be 'Completed'
    }

    It 'Set-IcuActivity, Save-IcuActivityFile and Remove-IcuActivity show each id' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'saved')
        $files = 1..3 | ForEach-Object { (New-IcuTestFitFile (Join-Path $TestDrive "p$_.fit")).FullName }
        $script = @"
`$ids = @(Import-IcuActivity -LiteralPath '$($files -join "','")').Id
`$ids | Set-IcuActivity -Rpe 4
Save-IcuActivityFile -Id `$ids -Path '$folder' | Out-Null
`$ids | Remove-IcuActivity -Confirm:`$false
"@

        $progress = Get-ProgressOf $AlexKey $script

        foreach ($cmdlet in 'Import-IcuActivity', 'Set-IcuActivity', 'Save-IcuActivityFile', 'Remove-IcuActivity') {
            $bars = @($progress | Where-Object Activity -EQ $cmdlet)
            @($bars | Where-Object RecordType -EQ 'Processing').Count | Should -Be 3 -Because "$cmdlet works on three inputs"
            $bars[-1].RecordType | Should -Be 'Completed' -Because "$cmdlet removes its bar"
        }

        @($progress | Where-Object Activity -EQ 'Save-IcuActivityFile')[0].StatusDescription | Should -Match '^1 of 3: '
    }
}
