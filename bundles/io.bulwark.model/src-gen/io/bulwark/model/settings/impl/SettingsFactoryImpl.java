/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SettingsFactoryImpl extends EFactoryImpl implements SettingsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SettingsFactory init() {
		try {
			SettingsFactory theSettingsFactory = (SettingsFactory)EPackage.Registry.INSTANCE.getEFactory(SettingsPackage.eNS_URI);
			if (theSettingsFactory != null) {
				return theSettingsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SettingsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SettingsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SettingsPackage.POLICY: return createPolicy();
			case SettingsPackage.SCAN_METHOD_SETTINGS: return createScanMethodSettings();
			case SettingsPackage.SCAN_TYPE_SETTINGS: return createScanTypeSettings();
			case SettingsPackage.SCAN_TARGETS: return createScanTargets();
			case SettingsPackage.SCAN_EXCLUSIONS: return createScanExclusions();
			case SettingsPackage.SCAN_ACTIONS: return createScanActions();
			case SettingsPackage.SPYWARE_ASSESSMENT: return createSpywareAssessment();
			case SettingsPackage.SCHEDULE: return createSchedule();
			case SettingsPackage.PRIVILEGES: return createPrivileges();
			case SettingsPackage.UNLOAD_PASSWORD: return createUnloadPassword();
			case SettingsPackage.UPDATE_SETTINGS: return createUpdateSettings();
			case SettingsPackage.UPDATE_SOURCES: return createUpdateSources();
			case SettingsPackage.UPDATE_SOURCE_ENTRY: return createUpdateSourceEntry();
			case SettingsPackage.WEB_REPUTATION: return createWebReputation();
			case SettingsPackage.WEB_REPUTATION_POLICY: return createWebReputationPolicy();
			case SettingsPackage.LOCATION_CRITERIA: return createLocationCriteria();
			case SettingsPackage.REFERENCE_SERVER: return createReferenceServer();
			case SettingsPackage.GATEWAY: return createGateway();
			case SettingsPackage.FIREWALL: return createFirewall();
			case SettingsPackage.FIREWALL_POLICY: return createFirewallPolicy();
			case SettingsPackage.FIREWALL_RULE: return createFirewallRule();
			case SettingsPackage.FIREWALL_PROFILE: return createFirewallProfile();
			case SettingsPackage.GLOBAL_AGENT_SETTINGS: return createGlobalAgentSettings();
			case SettingsPackage.SHARED_SCAN_SETTINGS: return createSharedScanSettings();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SettingsPackage.POLICY_SCOPE:
				return createPolicyScopeFromString(eDataType, initialValue);
			case SettingsPackage.SCAN_METHOD:
				return createScanMethodFromString(eDataType, initialValue);
			case SettingsPackage.SCAN_FILES:
				return createScanFilesFromString(eDataType, initialValue);
			case SettingsPackage.SCAN_FOLDERS:
				return createScanFoldersFromString(eDataType, initialValue);
			case SettingsPackage.SCAN_ACTION:
				return createScanActionFromString(eDataType, initialValue);
			case SettingsPackage.SCHEDULE_FREQUENCY:
				return createScheduleFrequencyFromString(eDataType, initialValue);
			case SettingsPackage.DAY_OF_WEEK:
				return createDayOfWeekFromString(eDataType, initialValue);
			case SettingsPackage.AGENT_SECURITY_LEVEL:
				return createAgentSecurityLevelFromString(eDataType, initialValue);
			case SettingsPackage.UNLOAD_RULE:
				return createUnloadRuleFromString(eDataType, initialValue);
			case SettingsPackage.UPDATE_SOURCE_MODE:
				return createUpdateSourceModeFromString(eDataType, initialValue);
			case SettingsPackage.WEB_REPUTATION_SECURITY_LEVEL:
				return createWebReputationSecurityLevelFromString(eDataType, initialValue);
			case SettingsPackage.FIREWALL_SECURITY_LEVEL:
				return createFirewallSecurityLevelFromString(eDataType, initialValue);
			case SettingsPackage.TRAFFIC_DIRECTION:
				return createTrafficDirectionFromString(eDataType, initialValue);
			case SettingsPackage.FIREWALL_PROTOCOL:
				return createFirewallProtocolFromString(eDataType, initialValue);
			case SettingsPackage.FIREWALL_ACTION:
				return createFirewallActionFromString(eDataType, initialValue);
			case SettingsPackage.PLATFORM:
				return createPlatformFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SettingsPackage.POLICY_SCOPE:
				return convertPolicyScopeToString(eDataType, instanceValue);
			case SettingsPackage.SCAN_METHOD:
				return convertScanMethodToString(eDataType, instanceValue);
			case SettingsPackage.SCAN_FILES:
				return convertScanFilesToString(eDataType, instanceValue);
			case SettingsPackage.SCAN_FOLDERS:
				return convertScanFoldersToString(eDataType, instanceValue);
			case SettingsPackage.SCAN_ACTION:
				return convertScanActionToString(eDataType, instanceValue);
			case SettingsPackage.SCHEDULE_FREQUENCY:
				return convertScheduleFrequencyToString(eDataType, instanceValue);
			case SettingsPackage.DAY_OF_WEEK:
				return convertDayOfWeekToString(eDataType, instanceValue);
			case SettingsPackage.AGENT_SECURITY_LEVEL:
				return convertAgentSecurityLevelToString(eDataType, instanceValue);
			case SettingsPackage.UNLOAD_RULE:
				return convertUnloadRuleToString(eDataType, instanceValue);
			case SettingsPackage.UPDATE_SOURCE_MODE:
				return convertUpdateSourceModeToString(eDataType, instanceValue);
			case SettingsPackage.WEB_REPUTATION_SECURITY_LEVEL:
				return convertWebReputationSecurityLevelToString(eDataType, instanceValue);
			case SettingsPackage.FIREWALL_SECURITY_LEVEL:
				return convertFirewallSecurityLevelToString(eDataType, instanceValue);
			case SettingsPackage.TRAFFIC_DIRECTION:
				return convertTrafficDirectionToString(eDataType, instanceValue);
			case SettingsPackage.FIREWALL_PROTOCOL:
				return convertFirewallProtocolToString(eDataType, instanceValue);
			case SettingsPackage.FIREWALL_ACTION:
				return convertFirewallActionToString(eDataType, instanceValue);
			case SettingsPackage.PLATFORM:
				return convertPlatformToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Policy createPolicy() {
		PolicyImpl policy = new PolicyImpl();
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanMethodSettings createScanMethodSettings() {
		ScanMethodSettingsImpl scanMethodSettings = new ScanMethodSettingsImpl();
		return scanMethodSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanTypeSettings createScanTypeSettings() {
		ScanTypeSettingsImpl scanTypeSettings = new ScanTypeSettingsImpl();
		return scanTypeSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanTargets createScanTargets() {
		ScanTargetsImpl scanTargets = new ScanTargetsImpl();
		return scanTargets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanExclusions createScanExclusions() {
		ScanExclusionsImpl scanExclusions = new ScanExclusionsImpl();
		return scanExclusions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanActions createScanActions() {
		ScanActionsImpl scanActions = new ScanActionsImpl();
		return scanActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpywareAssessment createSpywareAssessment() {
		SpywareAssessmentImpl spywareAssessment = new SpywareAssessmentImpl();
		return spywareAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schedule createSchedule() {
		ScheduleImpl schedule = new ScheduleImpl();
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Privileges createPrivileges() {
		PrivilegesImpl privileges = new PrivilegesImpl();
		return privileges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnloadPassword createUnloadPassword() {
		UnloadPasswordImpl unloadPassword = new UnloadPasswordImpl();
		return unloadPassword;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateSettings createUpdateSettings() {
		UpdateSettingsImpl updateSettings = new UpdateSettingsImpl();
		return updateSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateSources createUpdateSources() {
		UpdateSourcesImpl updateSources = new UpdateSourcesImpl();
		return updateSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateSourceEntry createUpdateSourceEntry() {
		UpdateSourceEntryImpl updateSourceEntry = new UpdateSourceEntryImpl();
		return updateSourceEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebReputation createWebReputation() {
		WebReputationImpl webReputation = new WebReputationImpl();
		return webReputation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebReputationPolicy createWebReputationPolicy() {
		WebReputationPolicyImpl webReputationPolicy = new WebReputationPolicyImpl();
		return webReputationPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocationCriteria createLocationCriteria() {
		LocationCriteriaImpl locationCriteria = new LocationCriteriaImpl();
		return locationCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceServer createReferenceServer() {
		ReferenceServerImpl referenceServer = new ReferenceServerImpl();
		return referenceServer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gateway createGateway() {
		GatewayImpl gateway = new GatewayImpl();
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Firewall createFirewall() {
		FirewallImpl firewall = new FirewallImpl();
		return firewall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FirewallPolicy createFirewallPolicy() {
		FirewallPolicyImpl firewallPolicy = new FirewallPolicyImpl();
		return firewallPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FirewallRule createFirewallRule() {
		FirewallRuleImpl firewallRule = new FirewallRuleImpl();
		return firewallRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FirewallProfile createFirewallProfile() {
		FirewallProfileImpl firewallProfile = new FirewallProfileImpl();
		return firewallProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalAgentSettings createGlobalAgentSettings() {
		GlobalAgentSettingsImpl globalAgentSettings = new GlobalAgentSettingsImpl();
		return globalAgentSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SharedScanSettings createSharedScanSettings() {
		SharedScanSettingsImpl sharedScanSettings = new SharedScanSettingsImpl();
		return sharedScanSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyScope createPolicyScopeFromString(EDataType eDataType, String initialValue) {
		PolicyScope result = PolicyScope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPolicyScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScanMethod createScanMethodFromString(EDataType eDataType, String initialValue) {
		ScanMethod result = ScanMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScanMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScanFiles createScanFilesFromString(EDataType eDataType, String initialValue) {
		ScanFiles result = ScanFiles.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScanFilesToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScanFolders createScanFoldersFromString(EDataType eDataType, String initialValue) {
		ScanFolders result = ScanFolders.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScanFoldersToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScanAction createScanActionFromString(EDataType eDataType, String initialValue) {
		ScanAction result = ScanAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScanActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScheduleFrequency createScheduleFrequencyFromString(EDataType eDataType, String initialValue) {
		ScheduleFrequency result = ScheduleFrequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScheduleFrequencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DayOfWeek createDayOfWeekFromString(EDataType eDataType, String initialValue) {
		DayOfWeek result = DayOfWeek.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDayOfWeekToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgentSecurityLevel createAgentSecurityLevelFromString(EDataType eDataType, String initialValue) {
		AgentSecurityLevel result = AgentSecurityLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAgentSecurityLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UnloadRule createUnloadRuleFromString(EDataType eDataType, String initialValue) {
		UnloadRule result = UnloadRule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnloadRuleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdateSourceMode createUpdateSourceModeFromString(EDataType eDataType, String initialValue) {
		UpdateSourceMode result = UpdateSourceMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdateSourceModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WebReputationSecurityLevel createWebReputationSecurityLevelFromString(EDataType eDataType, String initialValue) {
		WebReputationSecurityLevel result = WebReputationSecurityLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWebReputationSecurityLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FirewallSecurityLevel createFirewallSecurityLevelFromString(EDataType eDataType, String initialValue) {
		FirewallSecurityLevel result = FirewallSecurityLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFirewallSecurityLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrafficDirection createTrafficDirectionFromString(EDataType eDataType, String initialValue) {
		TrafficDirection result = TrafficDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrafficDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FirewallProtocol createFirewallProtocolFromString(EDataType eDataType, String initialValue) {
		FirewallProtocol result = FirewallProtocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFirewallProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FirewallAction createFirewallActionFromString(EDataType eDataType, String initialValue) {
		FirewallAction result = FirewallAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFirewallActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Platform createPlatformFromString(EDataType eDataType, String initialValue) {
		Platform result = Platform.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlatformToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SettingsPackage getSettingsPackage() {
		return (SettingsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SettingsPackage getPackage() {
		return SettingsPackage.eINSTANCE;
	}

} //SettingsFactoryImpl
