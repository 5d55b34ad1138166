package io.bulwark.core.tests.policy;

import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.Privileges;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.model.settings.ScanMethodSettings;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.UnloadPassword;
import io.bulwark.model.settings.UpdateSourceEntry;
import io.bulwark.model.settings.UpdateSourceMode;
import io.bulwark.model.settings.UpdateSources;

/** Settings of the model built in a few words, for tests that edit policies as the console would. */
final class Settings {

    private static final SettingsFactory F = SettingsFactory.eINSTANCE;

    private Settings() {
    }

    /** @return a domain's settings that inherit every group */
    static Policy domain() {
        Policy policy = F.createPolicy();
        policy.setScope(PolicyScope.DOMAIN);
        return policy;
    }

    static ScanMethodSettings scanMethod(ScanMethod method) {
        ScanMethodSettings settings = F.createScanMethodSettings();
        settings.setMethod(method);
        return settings;
    }

    /** @return custom update sources, one per range, each served by {@code https://au.example/RANGE} */
    static UpdateSources customSources(String... ranges) {
        UpdateSources sources = F.createUpdateSources();
        sources.setMode(UpdateSourceMode.CUSTOM);
        sources.setFallbackToServer(true);
        for (String range : ranges) {
            sources.getCustom().add(source(range));
        }
        return sources;
    }

    static UpdateSourceEntry source(String range) {
        UpdateSourceEntry entry = F.createUpdateSourceEntry();
        entry.setIpRange(range);
        entry.setUrl("https://au.example/" + range);
        return entry;
    }

    /** @return privileges that keep the scope's unload password, as read from a server that has one */
    static Privileges privilegesKeepingPassword() {
        Privileges privileges = F.createPrivileges();
        UnloadPassword password = F.createUnloadPassword();
        password.setSet(true);
        privileges.setUnloadPassword(password);
        return privileges;
    }
}
