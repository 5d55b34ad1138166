package io.bulwark.client.internal.mapping;

import static io.bulwark.client.internal.mapping.WireValues.flag;
import static io.bulwark.client.internal.mapping.WireValues.list;
import static io.bulwark.client.internal.mapping.WireValues.literal;
import static io.bulwark.client.internal.mapping.WireValues.number;
import static io.bulwark.client.internal.mapping.WireValues.wire;

import java.util.List;

import io.bulwark.model.settings.DayOfWeek;
import io.bulwark.model.settings.ScanAction;
import io.bulwark.model.settings.ScanActions;
import io.bulwark.model.settings.ScanExclusions;
import io.bulwark.model.settings.ScanTargets;
import io.bulwark.model.settings.ScanTypeSettings;
import io.bulwark.model.settings.Schedule;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.SettingsPackage.Literals;
import io.bulwark.model.settings.SpywareAssessment;

/** Maps the settings of one scan type, and schedules, between the wire records and the EMF model. */
final class ScanSettingsMapping {

    private static final SettingsFactory FACTORY = SettingsFactory.eINSTANCE;

    private ScanSettingsMapping() {
    }

    static ScanTypeSettings toModel(io.bulwark.protocol.settings.ScanTypeSettings wire) {
        if (wire == null) {
            return null;
        }
        ScanTypeSettings model = FACTORY.createScanTypeSettings();
        model.setTargets(toModel(wire.targets()));
        model.setExclusions(toModel(wire.exclusions()));
        model.setActions(toModel(wire.actions()));
        model.setSpywareAssessment(toModel(wire.spywareAssessment()));
        model.setSchedule(toModel(wire.schedule()));
        return model;
    }

    static io.bulwark.protocol.settings.ScanTypeSettings toWire(ScanTypeSettings model) {
        if (model == null) {
            return null;
        }
        return new io.bulwark.protocol.settings.ScanTypeSettings(toWire(model.getTargets()),
                toWire(model.getExclusions()), toWire(model.getActions()), toWire(model.getSpywareAssessment()),
                toWire(model.getSchedule()));
    }

    private static ScanTargets toModel(io.bulwark.protocol.settings.ScanTargets wire) {
        if (wire == null) {
            return null;
        }
        ScanTargets model = FACTORY.createScanTargets();
        if (wire.files() != null) {
            model.setFiles(literal(Literals.SCAN_FILES, wire.files(), "targets.files")); //$NON-NLS-1$
        }
        model.getExtensions().addAll(list(wire.extensions()));
        if (wire.folders() != null) {
            model.setFolders(literal(Literals.SCAN_FOLDERS, wire.folders(), "targets.folders")); //$NON-NLS-1$
        }
        model.getSpecifiedFolders().addAll(list(wire.specifiedFolders()));
        model.setCompressedLayers(number(wire.compressedLayers()));
        return model;
    }

    private static io.bulwark.protocol.settings.ScanTargets toWire(ScanTargets model) {
        if (model == null) {
            return null;
        }
        return new io.bulwark.protocol.settings.ScanTargets(wire(model.getFiles()), List.copyOf(model.getExtensions()),
                wire(model.getFolders()), List.copyOf(model.getSpecifiedFolders()),
                Integer.valueOf(model.getCompressedLayers()));
    }

    private static ScanExclusions toModel(io.bulwark.protocol.settings.ScanExclusions wire) {
        if (wire == null) {
            return null;
        }
        ScanExclusions model = FACTORY.createScanExclusions();
        model.getFolders().addAll(list(wire.folders()));
        model.getFiles().addAll(list(wire.files()));
        model.getExtensions().addAll(list(wire.extensions()));
        return model;
    }

    private static io.bulwark.protocol.settings.ScanExclusions toWire(ScanExclusions model) {
        if (model == null) {
            return null;
        }
        return new io.bulwark.protocol.settings.ScanExclusions(List.copyOf(model.getFolders()),
                List.copyOf(model.getFiles()), List.copyOf(model.getExtensions()));
    }

    private static ScanActions toModel(io.bulwark.protocol.settings.ScanActions wire) {
        if (wire == null) {
            return null;
        }
        ScanActions model = FACTORY.createScanActions();
        if (wire.first() != null) {
            model.setFirst(literal(Literals.SCAN_ACTION, wire.first(), "actions.first")); //$NON-NLS-1$
        }
        if (wire.whenCleanFails() != null) {
            model.setWhenCleanFails(
                    literal(Literals.SCAN_ACTION, wire.whenCleanFails(), "actions.whenCleanFails")); //$NON-NLS-1$
        }
        return model;
    }

    private static io.bulwark.protocol.settings.ScanActions toWire(ScanActions model) {
        if (model == null) {
            return null;
        }
        ScanAction fallback = model.isSetWhenCleanFails() ? model.getWhenCleanFails() : null;
        return new io.bulwark.protocol.settings.ScanActions(wire(model.getFirst()), wire(fallback));
    }

    private static SpywareAssessment toModel(io.bulwark.protocol.settings.SpywareAssessment wire) {
        if (wire == null) {
            return null;
        }
        SpywareAssessment model = FACTORY.createSpywareAssessment();
        model.setEnabled(flag(wire.enabled()));
        if (wire.weeks() != null) {
            model.setWeeks(wire.weeks().intValue());
        }
        return model;
    }

    private static io.bulwark.protocol.settings.SpywareAssessment toWire(SpywareAssessment model) {
        if (model == null) {
            return null;
        }
        return new io.bulwark.protocol.settings.SpywareAssessment(Boolean.valueOf(model.isEnabled()),
                model.isSetWeeks() ? Integer.valueOf(model.getWeeks()) : null);
    }

    static Schedule toModel(io.bulwark.protocol.settings.Schedule wire) {
        if (wire == null) {
            return null;
        }
        Schedule model = FACTORY.createSchedule();
        if (wire.frequency() != null) {
            model.setFrequency(literal(Literals.SCHEDULE_FREQUENCY, wire.frequency(), "schedule.frequency")); //$NON-NLS-1$
        }
        model.setTime(wire.time());
        if (wire.dayOfWeek() != null) {
            model.setDayOfWeek(literal(Literals.DAY_OF_WEEK, wire.dayOfWeek(), "schedule.dayOfWeek")); //$NON-NLS-1$
        }
        if (wire.dayOfMonth() != null) {
            model.setDayOfMonth(wire.dayOfMonth().intValue());
        }
        return model;
    }

    static io.bulwark.protocol.settings.Schedule toWire(Schedule model) {
        if (model == null) {
            return null;
        }
        DayOfWeek day = model.isSetDayOfWeek() ? model.getDayOfWeek() : null;
        return new io.bulwark.protocol.settings.Schedule(wire(model.getFrequency()), model.getTime(), wire(day),
                model.isSetDayOfMonth() ? Integer.valueOf(model.getDayOfMonth()) : null);
    }
}
