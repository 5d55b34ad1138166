package io.bulwark.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.protocol.settings.NetworkSyntax;
import io.bulwark.protocol.settings.NetworkSyntax.UrlProblem;
import io.bulwark.protocol.settings.SettingsSyntax;
import io.bulwark.protocol.settings.SettingsSyntax.ExtensionProblem;
import io.bulwark.protocol.settings.SettingsSyntax.NameProblem;
import io.bulwark.protocol.settings.WindowsPaths;
import io.bulwark.protocol.settings.WindowsPaths.Problem;
import io.bulwark.protocol.settings.WindowsPaths.Reason;

class SettingsSyntaxTest {

    @Test
    void rangesKeepTheirLimitsAndParse() {
        assertEquals("10.1.0.0/16", NetworkSyntax.rangeOrNull("10.1.0.0/16").toString());
        assertTrue(NetworkSyntax.rangeOrNull("fd00::/8").isIpv6());
        assertNull(NetworkSyntax.rangeOrNull(" 10.1.0.0/16"), "surrounding spaces");
        assertNull(NetworkSyntax.rangeOrNull("10.1.0.1/16"), "host bits set");
        assertNull(NetworkSyntax.rangeOrNull(null));
        String tooLong = "1".repeat(NetworkSyntax.MAX_RANGE + 1);
        assertFalse(NetworkSyntax.isRangeWithinLimits(tooLong));
        assertTrue(NetworkSyntax.isRangeWithinLimits("1".repeat(NetworkSyntax.MAX_RANGE)));
    }

    @Test
    void anAddressIsOneAddressNotARange() {
        assertTrue(NetworkSyntax.isAddress("192.0.2.7"));
        assertTrue(NetworkSyntax.isAddress("2001:db8::1"));
        assertFalse(NetworkSyntax.isAddress("192.0.2.0/24"));
        assertFalse(NetworkSyntax.isAddress("192.0.2.1-192.0.2.9"));
        assertFalse(NetworkSyntax.isAddress("192.0.2.256"));
        assertTrue(NetworkSyntax.isRangeNotation("192.0.2.0/24"));
        assertFalse(NetworkSyntax.isRangeNotation("192.0.2.7"));
        assertTrue(NetworkSyntax.isWrittenAsAddress("192.0.2.300"), "digits and dots mean an address, if a bad one");
        assertTrue(NetworkSyntax.isWrittenAsAddress("fd00::1"));
        assertFalse(NetworkSyntax.isWrittenAsAddress("ref.corp.example"));
    }

    @Test
    void hostNamesAreRfc1123Labels() {
        assertTrue(NetworkSyntax.isHostName("ref.corp.example"));
        assertTrue(NetworkSyntax.isHostName("a-1"));
        assertFalse(NetworkSyntax.isHostName("-a.example"));
        assertFalse(NetworkSyntax.isHostName("a..example"));
        assertFalse(NetworkSyntax.isHostName("under_score"));
        assertFalse(NetworkSyntax.isHostName(""));
        assertFalse(NetworkSyntax.isHostName("a".repeat(64)), "a label has at most 63 characters");
        assertFalse(NetworkSyntax.isHostName(("a".repeat(63) + ".").repeat(4) + "a"), "at most 253 characters");
        assertTrue(NetworkSyntax.isHostOrIpv4("fileserver"));
        assertTrue(NetworkSyntax.isHostOrIpv4("192.0.2.7"));
        assertFalse(NetworkSyntax.isHostOrIpv4("192.0.2.999"));
        assertFalse(NetworkSyntax.isHostOrIpv4("fd00::1"));
    }

    @ParameterizedTest
    @CsvSource({"443,true", "1,true", "65535,true", "8000-8080,true", "0,false", "65536,false", "8080-8000,false",
            "80-,false", "http,false", "123456,false"})
    void portEntriesAreOnePortOrAnAscendingRange(String entry, boolean accepted) {
        assertEquals(accepted, NetworkSyntax.isPortEntry(entry));
    }

    @Test
    void portsMacsAndAgentIds() {
        assertTrue(NetworkSyntax.isPort(NetworkSyntax.MIN_PORT));
        assertTrue(NetworkSyntax.isPort(NetworkSyntax.MAX_PORT));
        assertFalse(NetworkSyntax.isPort(0));
        assertFalse(NetworkSyntax.isPort(65536));
        assertTrue(NetworkSyntax.isMac("00:1A:2B:3C:4D:5E"));
        assertTrue(NetworkSyntax.isMac("00-1a-2b-3c-4d-5e"));
        assertFalse(NetworkSyntax.isMac("00:1A:2B:3C:4D"));
        assertTrue(NetworkSyntax.isAgentId("3F2504E0-4F89-41D3-9A0C-0305E82C3301"));
        assertFalse(NetworkSyntax.isAgentId("3f2504e0-4f89-41d3-9a0c"));
    }

    @ParameterizedTest
    @CsvSource({"https://updates.corp.example/bulwark,", "http://10.0.0.5:8080/u,",
            "ftp://updates.corp.example,NOT_HTTP",
            "updates.corp.example,NOT_HTTP", "https://,SYNTAX", "http://a b,SYNTAX",
            "https://user:pw@corp.example,USER_INFO",
            "https://corp.example/#top,FRAGMENT", "https://corp.example:0/,PORT", "https://corp.example:70000/,PORT",
            "https://under_score.example/,NO_HOST"})
    void urlsAreAbsoluteHttpWithAHost(String url, UrlProblem problem) {
        assertEquals(problem, NetworkSyntax.urlProblem(url));
    }

    @Test
    void aUrlHasAtMostItsLimit() {
        String base = "https://corp.example/";
        assertNull(NetworkSyntax.urlProblem(base + "a".repeat(NetworkSyntax.MAX_URL - base.length())));
        assertEquals(UrlProblem.TOO_LONG,
                NetworkSyntax.urlProblem(base + "a".repeat(NetworkSyntax.MAX_URL - base.length() + 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"D:\\Exchsrvr", "C:\\", "D:\\Data\\", "\\\\fileserver\\share", "\\\\10.0.0.5\\share\\dir",
            "$ProgramFiles\\Vendor", "$windir", "$BOOTDISK\\pagefile"})
    void foldersAreAbsoluteOrStartWithAVariable(String folder) {
        assertNull(WindowsPaths.folderProblem(folder));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"|LENGTH|", "Data|NOT_ABSOLUTE|", "C:/Data|SLASH|", "\\\\fileserver|NOT_UNC|",
            "\\\\bad_host\\share|UNC_SERVER|bad_host", "$HOME\\x|UNKNOWN_VARIABLE|$HOME", "C:\\a\\\\b|EMPTY_NAME|",
            "C:\\a\\..\\b|RELATIVE_NAME|..", "C:\\a<b|RESERVED_CHARACTER|<", "C:\\*.tmp|WILDCARD|*",
            "C:\\Data.|TRAILING_SPACE_OR_DOT|", "\\\\fs\\sh?re|WILDCARD|?"})
    void foldersAreRefusedForTheFirstReason(String folder, Reason reason, String detail) {
        assertEquals(new Problem(reason, detail), WindowsPaths.folderProblem(folder == null ? "" : folder));
    }

    @Test
    void filesMayBeBareNamesWithWildcardsInTheLastName() {
        assertNull(WindowsPaths.fileProblem("pagefile.sys"));
        assertNull(WindowsPaths.fileProblem("C:\\Temp\\*.tmp"));
        assertEquals(Reason.WILDCARD, WindowsPaths.fileProblem("C:\\T?mp\\a.tmp").reason());
        assertEquals(Reason.FOLDER_NOT_FILE, WindowsPaths.fileProblem("$WINDIR").reason());
        assertEquals(Reason.TRAILING_BACKSLASH, WindowsPaths.fileProblem("C:\\Temp\\").reason());
        assertEquals(Reason.CONTROL_CHARACTER, WindowsPaths.fileProblem("a\tb").reason());
        assertEquals(Reason.LENGTH, WindowsPaths.fileProblem("a".repeat(WindowsPaths.MAX_LENGTH + 1)).reason());
    }

    @Test
    void pathsDifferingInCaseOrATrailingBackslashAreOnePath() {
        assertEquals(WindowsPaths.key("D:\\Data"), WindowsPaths.key("d:\\DATA\\"));
        assertEquals("c:\\", WindowsPaths.key("C:\\"));
    }

    @Test
    void namesAreRefusedForTheFirstReason() {
        assertNull(SettingsSyntax.nameProblem("Office", SettingsSyntax.MAX_NAME));
        assertEquals(NameProblem.BLANK, SettingsSyntax.nameProblem(null, SettingsSyntax.MAX_NAME));
        assertEquals(NameProblem.BLANK, SettingsSyntax.nameProblem("  ", SettingsSyntax.MAX_NAME));
        assertEquals(NameProblem.TOO_LONG, SettingsSyntax.nameProblem(" " + "a".repeat(64), SettingsSyntax.MAX_NAME));
        assertEquals(NameProblem.SPACES, SettingsSyntax.nameProblem(" Office", SettingsSyntax.MAX_NAME));
        assertEquals(NameProblem.CONTROL_CHARACTER,
                SettingsSyntax.nameProblem("Off\u0007ice", SettingsSyntax.MAX_NAME));
    }

    @Test
    void extensionsAndTimesOfDay() {
        assertNull(SettingsSyntax.extensionProblem("docx"));
        assertNull(SettingsSyntax.extensionProblem("do?"));
        assertEquals(ExtensionProblem.LEADING_DOT, SettingsSyntax.extensionProblem(".docx"));
        assertEquals(ExtensionProblem.INVALID, SettingsSyntax.extensionProblem("a".repeat(17)));
        assertEquals(ExtensionProblem.INVALID, SettingsSyntax.extensionProblem("a b"));
        assertTrue(SettingsSyntax.isTimeOfDay("00:00"));
        assertTrue(SettingsSyntax.isTimeOfDay("23:59"));
        assertFalse(SettingsSyntax.isTimeOfDay("24:00"));
        assertFalse(SettingsSyntax.isTimeOfDay("9:30"));
    }
}
