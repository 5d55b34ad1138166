package io.bulwark.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.settings.EffectiveSettings;
import io.bulwark.protocol.settings.Policy;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.Privileges;
import io.bulwark.protocol.settings.SettingsGroups;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.protocol.settings.SettingsWarning;
import io.bulwark.protocol.settings.UnloadPassword;
import io.bulwark.protocol.settings.UpdateSourceEntry;
import io.bulwark.protocol.settings.UpdateSources;

class SettingsWireTest {

    private final WireJson strict = WireJson.create(WireJson.UnknownMembers.REJECT);

    @Test
    void inheritedGroupsAreLeftOutOfTheJson() {
        Policy policy = new Policy(SettingsScope.domain(12), 3, PolicySettings.inheritAll(), List.of(), null, null);

        assertEquals("{\"scope\":{\"kind\":\"domain\",\"domainId\":12},\"version\":3,\"settings\":{},\"warnings\":[]}",
                new String(strict.write(policy), StandardCharsets.UTF_8));
    }

    @Test
    void policySurvivesARoundTrip() {
        UpdateSources sources = new UpdateSources(UpdateSources.CUSTOM,
                List.of(new UpdateSourceEntry("10.0.0.0/8", "https://share.example/au", null),
                        new UpdateSourceEntry("fd00::/8", null, "3f2504e0-4f89-41d3-9a0c-0305e82c3301")),
                true);
        PolicySettings settings = new PolicySettings(PolicySettings.STANDARD_SCAN, null, null, null, sources, null,
                null, null);
        Policy policy = new Policy(SettingsScope.agent("3f2504e0-4f89-41d3-9a0c-0305e82c3301"), 7, settings,
                List.of(new SettingsWarning("updateSources.custom[1].ipRange", "overlaps")),
                Instant.parse("2026-11-23T10:15:30Z"), "root");

        assertEquals(policy, strict.read(strict.write(policy), Policy.class));
    }

    @Test
    void effectiveSettingsKeepTheOriginOfEachGroup() {
        Map<String, SettingsScope> origins = new LinkedHashMap<>();
        for (String group : SettingsGroups.ALL) {
            origins.put(group, group.startsWith("scan") ? SettingsScope.domain(4) : SettingsScope.root());
        }
        EffectiveSettings effective = new EffectiveSettings(SettingsScope.domain(9),
                PolicySettings.inheritAll(), origins, List.of());

        EffectiveSettings read = strict.read(strict.write(effective), EffectiveSettings.class);

        assertEquals(effective, read);
        assertEquals(List.copyOf(origins.keySet()), List.copyOf(read.origins().keySet()), "in document order");
    }

    @Test
    void unloadPasswordNeverAppearsInLogText() {
        Privileges privileges = new Privileges(true, false, false, true, true, Privileges.HIGH,
                Privileges.REQUIRE_PASSWORD, Privileges.REQUIRE_PASSWORD, new UnloadPassword(null, "s3cret-unload"));

        assertFalse(privileges.toString().contains("s3cret-unload"), privileges.toString());
        assertEquals("UnloadPassword[set=true]", UnloadPassword.shown(true).toString());
    }
}
