/**
 */
package io.bulwark.model.settings.util;

import io.bulwark.model.internal.settings.AgentRules;
import io.bulwark.model.internal.settings.FirewallRules;
import io.bulwark.model.internal.settings.PolicyRules;
import io.bulwark.model.internal.settings.ScanRules;
import io.bulwark.model.internal.settings.UpdateRules;
import io.bulwark.model.internal.settings.WebReputationRules;
import io.bulwark.model.settings.*;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see io.bulwark.model.settings.SettingsPackage
 * @generated
 */
public class SettingsValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final SettingsValidator INSTANCE = new SettingsValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "io.bulwark.model.settings";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SettingsValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return SettingsPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case SettingsPackage.POLICY:
				return validatePolicy((Policy)value, diagnostics, context);
			case SettingsPackage.SCAN_METHOD_SETTINGS:
				return validateScanMethodSettings((ScanMethodSettings)value, diagnostics, context);
			case SettingsPackage.SCAN_TYPE_SETTINGS:
				return validateScanTypeSettings((ScanTypeSettings)value, diagnostics, context);
			case SettingsPackage.SCAN_TARGETS:
				return validateScanTargets((ScanTargets)value, diagnostics, context);
			case SettingsPackage.SCAN_EXCLUSIONS:
				return validateScanExclusions((ScanExclusions)value, diagnostics, context);
			case SettingsPackage.SCAN_ACTIONS:
				return validateScanActions((ScanActions)value, diagnostics, context);
			case SettingsPackage.SPYWARE_ASSESSMENT:
				return validateSpywareAssessment((SpywareAssessment)value, diagnostics, context);
			case SettingsPackage.SCHEDULE:
				return validateSchedule((Schedule)value, diagnostics, context);
			case SettingsPackage.PRIVILEGES:
				return validatePrivileges((Privileges)value, diagnostics, context);
			case SettingsPackage.UNLOAD_PASSWORD:
				return validateUnloadPassword((UnloadPassword)value, diagnostics, context);
			case SettingsPackage.UPDATE_SETTINGS:
				return validateUpdateSettings((UpdateSettings)value, diagnostics, context);
			case SettingsPackage.UPDATE_SOURCES:
				return validateUpdateSources((UpdateSources)value, diagnostics, context);
			case SettingsPackage.UPDATE_SOURCE_ENTRY:
				return validateUpdateSourceEntry((UpdateSourceEntry)value, diagnostics, context);
			case SettingsPackage.WEB_REPUTATION:
				return validateWebReputation((WebReputation)value, diagnostics, context);
			case SettingsPackage.WEB_REPUTATION_POLICY:
				return validateWebReputationPolicy((WebReputationPolicy)value, diagnostics, context);
			case SettingsPackage.LOCATION_CRITERIA:
				return validateLocationCriteria((LocationCriteria)value, diagnostics, context);
			case SettingsPackage.REFERENCE_SERVER:
				return validateReferenceServer((ReferenceServer)value, diagnostics, context);
			case SettingsPackage.GATEWAY:
				return validateGateway((Gateway)value, diagnostics, context);
			case SettingsPackage.FIREWALL:
				return validateFirewall((Firewall)value, diagnostics, context);
			case SettingsPackage.FIREWALL_POLICY:
				return validateFirewallPolicy((FirewallPolicy)value, diagnostics, context);
			case SettingsPackage.FIREWALL_RULE:
				return validateFirewallRule((FirewallRule)value, diagnostics, context);
			case SettingsPackage.FIREWALL_PROFILE:
				return validateFirewallProfile((FirewallProfile)value, diagnostics, context);
			case SettingsPackage.GLOBAL_AGENT_SETTINGS:
				return validateGlobalAgentSettings((GlobalAgentSettings)value, diagnostics, context);
			case SettingsPackage.SHARED_SCAN_SETTINGS:
				return validateSharedScanSettings((SharedScanSettings)value, diagnostics, context);
			case SettingsPackage.POLICY_SCOPE:
				return validatePolicyScope((PolicyScope)value, diagnostics, context);
			case SettingsPackage.SCAN_METHOD:
				return validateScanMethod((ScanMethod)value, diagnostics, context);
			case SettingsPackage.SCAN_FILES:
				return validateScanFiles((ScanFiles)value, diagnostics, context);
			case SettingsPackage.SCAN_FOLDERS:
				return validateScanFolders((ScanFolders)value, diagnostics, context);
			case SettingsPackage.SCAN_ACTION:
				return validateScanAction((ScanAction)value, diagnostics, context);
			case SettingsPackage.SCHEDULE_FREQUENCY:
				return validateScheduleFrequency((ScheduleFrequency)value, diagnostics, context);
			case SettingsPackage.DAY_OF_WEEK:
				return validateDayOfWeek((DayOfWeek)value, diagnostics, context);
			case SettingsPackage.AGENT_SECURITY_LEVEL:
				return validateAgentSecurityLevel((AgentSecurityLevel)value, diagnostics, context);
			case SettingsPackage.UNLOAD_RULE:
				return validateUnloadRule((UnloadRule)value, diagnostics, context);
			case SettingsPackage.UPDATE_SOURCE_MODE:
				return validateUpdateSourceMode((UpdateSourceMode)value, diagnostics, context);
			case SettingsPackage.WEB_REPUTATION_SECURITY_LEVEL:
				return validateWebReputationSecurityLevel((WebReputationSecurityLevel)value, diagnostics, context);
			case SettingsPackage.FIREWALL_SECURITY_LEVEL:
				return validateFirewallSecurityLevel((FirewallSecurityLevel)value, diagnostics, context);
			case SettingsPackage.TRAFFIC_DIRECTION:
				return validateTrafficDirection((TrafficDirection)value, diagnostics, context);
			case SettingsPackage.FIREWALL_PROTOCOL:
				return validateFirewallProtocol((FirewallProtocol)value, diagnostics, context);
			case SettingsPackage.FIREWALL_ACTION:
				return validateFirewallAction((FirewallAction)value, diagnostics, context);
			case SettingsPackage.PLATFORM:
				return validatePlatform((Platform)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePolicy(Policy policy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(policy, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validatePolicy_rules(policy, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on Policy; see {@link PolicyRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePolicy_rules(Policy policy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return PolicyRules.check(policy, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScanMethodSettings(ScanMethodSettings scanMethodSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(scanMethodSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScanTypeSettings(ScanTypeSettings scanTypeSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(scanTypeSettings, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(scanTypeSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(scanTypeSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(scanTypeSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(scanTypeSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(scanTypeSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(scanTypeSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(scanTypeSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(scanTypeSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateScanTypeSettings_rules(scanTypeSettings, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on ScanTypeSettings; see {@link ScanRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateScanTypeSettings_rules(ScanTypeSettings scanTypeSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ScanRules.check(scanTypeSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScanTargets(ScanTargets scanTargets, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(scanTargets, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(scanTargets, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(scanTargets, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(scanTargets, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(scanTargets, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(scanTargets, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(scanTargets, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(scanTargets, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(scanTargets, diagnostics, context);
		if (result || diagnostics != null) result &= validateScanTargets_rules(scanTargets, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on ScanTargets; see {@link ScanRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateScanTargets_rules(ScanTargets scanTargets, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ScanRules.check(scanTargets, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScanExclusions(ScanExclusions scanExclusions, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(scanExclusions, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(scanExclusions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(scanExclusions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(scanExclusions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(scanExclusions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(scanExclusions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(scanExclusions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(scanExclusions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(scanExclusions, diagnostics, context);
		if (result || diagnostics != null) result &= validateScanExclusions_rules(scanExclusions, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on ScanExclusions; see {@link ScanRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateScanExclusions_rules(ScanExclusions scanExclusions, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ScanRules.check(scanExclusions, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScanActions(ScanActions scanActions, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(scanActions, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(scanActions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(scanActions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(scanActions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(scanActions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(scanActions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(scanActions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(scanActions, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(scanActions, diagnostics, context);
		if (result || diagnostics != null) result &= validateScanActions_rules(scanActions, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on ScanActions; see {@link ScanRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateScanActions_rules(ScanActions scanActions, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ScanRules.check(scanActions, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpywareAssessment(SpywareAssessment spywareAssessment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(spywareAssessment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(spywareAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(spywareAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(spywareAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(spywareAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(spywareAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(spywareAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(spywareAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(spywareAssessment, diagnostics, context);
		if (result || diagnostics != null) result &= validateSpywareAssessment_rules(spywareAssessment, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on SpywareAssessment; see {@link ScanRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSpywareAssessment_rules(SpywareAssessment spywareAssessment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ScanRules.check(spywareAssessment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSchedule(Schedule schedule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(schedule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validateSchedule_rules(schedule, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on Schedule; see {@link ScanRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSchedule_rules(Schedule schedule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ScanRules.check(schedule, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePrivileges(Privileges privileges, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(privileges, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(privileges, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(privileges, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(privileges, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(privileges, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(privileges, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(privileges, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(privileges, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(privileges, diagnostics, context);
		if (result || diagnostics != null) result &= validatePrivileges_rules(privileges, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on Privileges; see {@link AgentRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePrivileges_rules(Privileges privileges, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AgentRules.check(privileges, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnloadPassword(UnloadPassword unloadPassword, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(unloadPassword, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(unloadPassword, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(unloadPassword, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(unloadPassword, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(unloadPassword, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(unloadPassword, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(unloadPassword, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(unloadPassword, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(unloadPassword, diagnostics, context);
		if (result || diagnostics != null) result &= validateUnloadPassword_rules(unloadPassword, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on UnloadPassword; see {@link AgentRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateUnloadPassword_rules(UnloadPassword unloadPassword, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AgentRules.check(unloadPassword, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUpdateSettings(UpdateSettings updateSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(updateSettings, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(updateSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(updateSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(updateSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(updateSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(updateSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(updateSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(updateSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(updateSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateUpdateSettings_rules(updateSettings, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on UpdateSettings; see {@link UpdateRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateUpdateSettings_rules(UpdateSettings updateSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return UpdateRules.check(updateSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUpdateSources(UpdateSources updateSources, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(updateSources, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(updateSources, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(updateSources, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(updateSources, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(updateSources, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(updateSources, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(updateSources, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(updateSources, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(updateSources, diagnostics, context);
		if (result || diagnostics != null) result &= validateUpdateSources_rules(updateSources, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on UpdateSources; see {@link UpdateRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateUpdateSources_rules(UpdateSources updateSources, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return UpdateRules.check(updateSources, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUpdateSourceEntry(UpdateSourceEntry updateSourceEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(updateSourceEntry, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(updateSourceEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(updateSourceEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(updateSourceEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(updateSourceEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(updateSourceEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(updateSourceEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(updateSourceEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(updateSourceEntry, diagnostics, context);
		if (result || diagnostics != null) result &= validateUpdateSourceEntry_rules(updateSourceEntry, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on UpdateSourceEntry; see {@link UpdateRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateUpdateSourceEntry_rules(UpdateSourceEntry updateSourceEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return UpdateRules.check(updateSourceEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWebReputation(WebReputation webReputation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(webReputation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(webReputation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(webReputation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(webReputation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(webReputation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(webReputation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(webReputation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(webReputation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(webReputation, diagnostics, context);
		if (result || diagnostics != null) result &= validateWebReputation_rules(webReputation, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on WebReputation; see {@link WebReputationRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateWebReputation_rules(WebReputation webReputation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return WebReputationRules.check(webReputation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWebReputationPolicy(WebReputationPolicy webReputationPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(webReputationPolicy, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(webReputationPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(webReputationPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(webReputationPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(webReputationPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(webReputationPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(webReputationPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(webReputationPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(webReputationPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validateWebReputationPolicy_rules(webReputationPolicy, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on WebReputationPolicy; see {@link WebReputationRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateWebReputationPolicy_rules(WebReputationPolicy webReputationPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return WebReputationRules.check(webReputationPolicy, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocationCriteria(LocationCriteria locationCriteria, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(locationCriteria, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(locationCriteria, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(locationCriteria, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(locationCriteria, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(locationCriteria, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(locationCriteria, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(locationCriteria, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(locationCriteria, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(locationCriteria, diagnostics, context);
		if (result || diagnostics != null) result &= validateLocationCriteria_rules(locationCriteria, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on LocationCriteria; see {@link WebReputationRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateLocationCriteria_rules(LocationCriteria locationCriteria, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return WebReputationRules.check(locationCriteria, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReferenceServer(ReferenceServer referenceServer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(referenceServer, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(referenceServer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(referenceServer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(referenceServer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(referenceServer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(referenceServer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(referenceServer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(referenceServer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(referenceServer, diagnostics, context);
		if (result || diagnostics != null) result &= validateReferenceServer_rules(referenceServer, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on ReferenceServer; see {@link WebReputationRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateReferenceServer_rules(ReferenceServer referenceServer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return WebReputationRules.check(referenceServer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGateway(Gateway gateway, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(gateway, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(gateway, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(gateway, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(gateway, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(gateway, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(gateway, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(gateway, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(gateway, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(gateway, diagnostics, context);
		if (result || diagnostics != null) result &= validateGateway_rules(gateway, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on Gateway; see {@link WebReputationRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateGateway_rules(Gateway gateway, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return WebReputationRules.check(gateway, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFirewall(Firewall firewall, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(firewall, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(firewall, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(firewall, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(firewall, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(firewall, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(firewall, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(firewall, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(firewall, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(firewall, diagnostics, context);
		if (result || diagnostics != null) result &= validateFirewall_rules(firewall, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on Firewall; see {@link FirewallRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFirewall_rules(Firewall firewall, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return FirewallRules.check(firewall, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFirewallPolicy(FirewallPolicy firewallPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(firewallPolicy, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(firewallPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(firewallPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(firewallPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(firewallPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(firewallPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(firewallPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(firewallPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(firewallPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validateFirewallPolicy_rules(firewallPolicy, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on FirewallPolicy; see {@link FirewallRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFirewallPolicy_rules(FirewallPolicy firewallPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return FirewallRules.check(firewallPolicy, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFirewallRule(FirewallRule firewallRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(firewallRule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validateFirewallRule_rules(firewallRule, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on FirewallRule; see {@link FirewallRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFirewallRule_rules(FirewallRule firewallRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return FirewallRules.check(firewallRule, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFirewallProfile(FirewallProfile firewallProfile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(firewallProfile, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(firewallProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(firewallProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(firewallProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(firewallProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(firewallProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(firewallProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(firewallProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(firewallProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validateFirewallProfile_rules(firewallProfile, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on FirewallProfile; see {@link FirewallRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFirewallProfile_rules(FirewallProfile firewallProfile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return FirewallRules.check(firewallProfile, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGlobalAgentSettings(GlobalAgentSettings globalAgentSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(globalAgentSettings, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(globalAgentSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(globalAgentSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(globalAgentSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(globalAgentSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(globalAgentSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(globalAgentSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(globalAgentSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(globalAgentSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateGlobalAgentSettings_rules(globalAgentSettings, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on GlobalAgentSettings; see {@link AgentRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateGlobalAgentSettings_rules(GlobalAgentSettings globalAgentSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AgentRules.check(globalAgentSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSharedScanSettings(SharedScanSettings sharedScanSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(sharedScanSettings, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(sharedScanSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(sharedScanSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(sharedScanSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(sharedScanSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(sharedScanSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(sharedScanSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(sharedScanSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(sharedScanSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateSharedScanSettings_rules(sharedScanSettings, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Checks the rules the server enforces on SharedScanSettings; see {@link AgentRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSharedScanSettings_rules(SharedScanSettings sharedScanSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AgentRules.check(sharedScanSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePolicyScope(PolicyScope policyScope, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScanMethod(ScanMethod scanMethod, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScanFiles(ScanFiles scanFiles, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScanFolders(ScanFolders scanFolders, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScanAction(ScanAction scanAction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScheduleFrequency(ScheduleFrequency scheduleFrequency, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDayOfWeek(DayOfWeek dayOfWeek, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAgentSecurityLevel(AgentSecurityLevel agentSecurityLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnloadRule(UnloadRule unloadRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUpdateSourceMode(UpdateSourceMode updateSourceMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWebReputationSecurityLevel(WebReputationSecurityLevel webReputationSecurityLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFirewallSecurityLevel(FirewallSecurityLevel firewallSecurityLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrafficDirection(TrafficDirection trafficDirection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFirewallProtocol(FirewallProtocol firewallProtocol, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFirewallAction(FirewallAction firewallAction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlatform(Platform platform, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

	/**
	 * <!-- begin-user-doc -->
	 * Tells warnings of these rules from refusals: the server accepts settings with warnings (such as overlapping update
	 * source ranges) and reports them with the settings, so an editor may still save them.
	 * @param diagnostic a diagnostic from validating settings
	 * @return whether it is a warning of these rules
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static boolean isWarning(Diagnostic diagnostic) {
		return DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && diagnostic.getSeverity() == Diagnostic.WARNING;
	}

} //SettingsValidator
