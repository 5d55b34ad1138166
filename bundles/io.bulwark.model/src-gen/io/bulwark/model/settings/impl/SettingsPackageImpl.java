/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.ModelPackage;

import io.bulwark.model.impl.ModelPackageImpl;

import io.bulwark.model.settings.AgentSecurityLevel;
import io.bulwark.model.settings.DayOfWeek;
import io.bulwark.model.settings.Firewall;
import io.bulwark.model.settings.FirewallAction;
import io.bulwark.model.settings.FirewallPolicy;
import io.bulwark.model.settings.FirewallProfile;
import io.bulwark.model.settings.FirewallProtocol;
import io.bulwark.model.settings.FirewallRule;
import io.bulwark.model.settings.FirewallSecurityLevel;
import io.bulwark.model.settings.Gateway;
import io.bulwark.model.settings.GlobalAgentSettings;
import io.bulwark.model.settings.LocationCriteria;
import io.bulwark.model.settings.Platform;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.Privileges;
import io.bulwark.model.settings.ReferenceServer;
import io.bulwark.model.settings.ScanAction;
import io.bulwark.model.settings.ScanActions;
import io.bulwark.model.settings.ScanExclusions;
import io.bulwark.model.settings.ScanFiles;
import io.bulwark.model.settings.ScanFolders;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.model.settings.ScanMethodSettings;
import io.bulwark.model.settings.ScanTargets;
import io.bulwark.model.settings.ScanTypeSettings;
import io.bulwark.model.settings.Schedule;
import io.bulwark.model.settings.ScheduleFrequency;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.SharedScanSettings;
import io.bulwark.model.settings.SpywareAssessment;
import io.bulwark.model.settings.TrafficDirection;
import io.bulwark.model.settings.UnloadPassword;
import io.bulwark.model.settings.UnloadRule;
import io.bulwark.model.settings.UpdateSettings;
import io.bulwark.model.settings.UpdateSourceEntry;
import io.bulwark.model.settings.UpdateSourceMode;
import io.bulwark.model.settings.UpdateSources;
import io.bulwark.model.settings.WebReputation;
import io.bulwark.model.settings.WebReputationPolicy;
import io.bulwark.model.settings.WebReputationSecurityLevel;

import io.bulwark.model.settings.util.SettingsValidator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SettingsPackageImpl extends EPackageImpl implements SettingsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scanMethodSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scanTypeSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scanTargetsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scanExclusionsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scanActionsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spywareAssessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass privilegesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass unloadPasswordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass updateSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass updateSourcesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass updateSourceEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass webReputationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass webReputationPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass locationCriteriaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceServerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass firewallEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass firewallPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass firewallRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass firewallProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass globalAgentSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sharedScanSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum policyScopeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scanMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scanFilesEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scanFoldersEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scanActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scheduleFrequencyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dayOfWeekEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum agentSecurityLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum unloadRuleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum updateSourceModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum webReputationSecurityLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum firewallSecurityLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trafficDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum firewallProtocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum firewallActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum platformEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.bulwark.model.settings.SettingsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SettingsPackageImpl() {
		super(eNS_URI, SettingsFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SettingsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SettingsPackage init() {
		if (isInited) return (SettingsPackage)EPackage.Registry.INSTANCE.getEPackage(SettingsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSettingsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SettingsPackageImpl theSettingsPackage = registeredSettingsPackage instanceof SettingsPackageImpl ? (SettingsPackageImpl)registeredSettingsPackage : new SettingsPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);
		ModelPackageImpl theModelPackage = (ModelPackageImpl)(registeredPackage instanceof ModelPackageImpl ? registeredPackage : ModelPackage.eINSTANCE);

		// Create package meta-data objects
		theSettingsPackage.createPackageContents();
		theModelPackage.createPackageContents();

		// Initialize created meta-data
		theSettingsPackage.initializePackageContents();
		theModelPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theSettingsPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return SettingsValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theSettingsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SettingsPackage.eNS_URI, theSettingsPackage);
		return theSettingsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicy() {
		return policyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Scope() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Version() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicy_ScanMethod() {
		return (EReference)policyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicy_ManualScan() {
		return (EReference)policyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicy_RealTimeScan() {
		return (EReference)policyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicy_ScheduledScan() {
		return (EReference)policyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicy_ScanNow() {
		return (EReference)policyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicy_Privileges() {
		return (EReference)policyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicy_UpdateSettings() {
		return (EReference)policyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicy_UpdateSources() {
		return (EReference)policyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicy_WebReputation() {
		return (EReference)policyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicy_Firewall() {
		return (EReference)policyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicy_GlobalSettings() {
		return (EReference)policyEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScanMethodSettings() {
		return scanMethodSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScanMethodSettings_Method() {
		return (EAttribute)scanMethodSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScanTypeSettings() {
		return scanTypeSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScanTypeSettings_Targets() {
		return (EReference)scanTypeSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScanTypeSettings_Exclusions() {
		return (EReference)scanTypeSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScanTypeSettings_Actions() {
		return (EReference)scanTypeSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScanTypeSettings_SpywareAssessment() {
		return (EReference)scanTypeSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScanTypeSettings_Schedule() {
		return (EReference)scanTypeSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScanTargets() {
		return scanTargetsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScanTargets_Files() {
		return (EAttribute)scanTargetsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScanTargets_Extensions() {
		return (EAttribute)scanTargetsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScanTargets_Folders() {
		return (EAttribute)scanTargetsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScanTargets_SpecifiedFolders() {
		return (EAttribute)scanTargetsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScanTargets_CompressedLayers() {
		return (EAttribute)scanTargetsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScanExclusions() {
		return scanExclusionsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScanExclusions_Folders() {
		return (EAttribute)scanExclusionsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScanExclusions_Files() {
		return (EAttribute)scanExclusionsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScanExclusions_Extensions() {
		return (EAttribute)scanExclusionsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScanActions() {
		return scanActionsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScanActions_First() {
		return (EAttribute)scanActionsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScanActions_WhenCleanFails() {
		return (EAttribute)scanActionsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpywareAssessment() {
		return spywareAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpywareAssessment_Enabled() {
		return (EAttribute)spywareAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpywareAssessment_Weeks() {
		return (EAttribute)spywareAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSchedule() {
		return scheduleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Frequency() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Time() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_DayOfWeek() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_DayOfMonth() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPrivileges() {
		return privilegesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrivileges_ConfigureScans() {
		return (EAttribute)privilegesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrivileges_ToggleFirewall() {
		return (EAttribute)privilegesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrivileges_ConfigureProxy() {
		return (EAttribute)privilegesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrivileges_UpdateNow() {
		return (EAttribute)privilegesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrivileges_UpdateComponentsOnly() {
		return (EAttribute)privilegesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrivileges_SecurityLevel() {
		return (EAttribute)privilegesEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrivileges_Unload() {
		return (EAttribute)privilegesEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrivileges_Uninstall() {
		return (EAttribute)privilegesEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPrivileges_UnloadPassword() {
		return (EReference)privilegesEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUnloadPassword() {
		return unloadPasswordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnloadPassword_Set() {
		return (EAttribute)unloadPasswordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnloadPassword_Password() {
		return (EAttribute)unloadPasswordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUpdateSettings() {
		return updateSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateSettings_AfterServerDownload() {
		return (EAttribute)updateSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateSettings_OnAgentRestart() {
		return (EAttribute)updateSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateSettings_Scheduled() {
		return (EAttribute)updateSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUpdateSettings_Schedule() {
		return (EReference)updateSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUpdateSources() {
		return updateSourcesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateSources_Mode() {
		return (EAttribute)updateSourcesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUpdateSources_Custom() {
		return (EReference)updateSourcesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateSources_FallbackToServer() {
		return (EAttribute)updateSourcesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUpdateSourceEntry() {
		return updateSourceEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateSourceEntry_IpRange() {
		return (EAttribute)updateSourceEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateSourceEntry_Url() {
		return (EAttribute)updateSourceEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateSourceEntry_UpdateAgentId() {
		return (EAttribute)updateSourceEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWebReputation() {
		return webReputationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWebReputation_InternalAgents() {
		return (EReference)webReputationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWebReputation_ExternalAgents() {
		return (EReference)webReputationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWebReputation_Location() {
		return (EReference)webReputationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWebReputationPolicy() {
		return webReputationPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWebReputationPolicy_Enabled() {
		return (EAttribute)webReputationPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWebReputationPolicy_EnabledOnServers() {
		return (EAttribute)webReputationPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWebReputationPolicy_SecurityLevel() {
		return (EAttribute)webReputationPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWebReputationPolicy_ApprovedUrls() {
		return (EAttribute)webReputationPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocationCriteria() {
		return locationCriteriaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLocationCriteria_ReferenceServers() {
		return (EReference)locationCriteriaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLocationCriteria_Gateways() {
		return (EReference)locationCriteriaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferenceServer() {
		return referenceServerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceServer_Address() {
		return (EAttribute)referenceServerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceServer_Port() {
		return (EAttribute)referenceServerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGateway() {
		return gatewayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateway_Ip() {
		return (EAttribute)gatewayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateway_Mac() {
		return (EAttribute)gatewayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFirewall() {
		return firewallEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewall_Enabled() {
		return (EAttribute)firewallEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewall_EnabledOnServers() {
		return (EAttribute)firewallEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewall_Policies() {
		return (EReference)firewallEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewall_Profiles() {
		return (EReference)firewallEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFirewallPolicy() {
		return firewallPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallPolicy_Name() {
		return (EAttribute)firewallPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallPolicy_SecurityLevel() {
		return (EAttribute)firewallPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewallPolicy_Rules() {
		return (EReference)firewallPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFirewallRule() {
		return firewallRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallRule_Direction() {
		return (EAttribute)firewallRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallRule_Protocol() {
		return (EAttribute)firewallRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallRule_Ports() {
		return (EAttribute)firewallRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallRule_Action() {
		return (EAttribute)firewallRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFirewallProfile() {
		return firewallProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallProfile_Name() {
		return (EAttribute)firewallProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallProfile_Policy() {
		return (EAttribute)firewallProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallProfile_Platforms() {
		return (EAttribute)firewallProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallProfile_IpRanges() {
		return (EAttribute)firewallProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGlobalAgentSettings() {
		return globalAgentSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalAgentSettings_Scan() {
		return (EReference)globalAgentSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalAgentSettings_DeferFirewallUntilRestart() {
		return (EAttribute)globalAgentSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalAgentSettings_RestartNotification() {
		return (EAttribute)globalAgentSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSharedScanSettings() {
		return sharedScanSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedScanSettings_ExcludeServerDatabaseFolder() {
		return (EAttribute)sharedScanSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedScanSettings_ExcludeExchangeFolders() {
		return (EAttribute)sharedScanSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedScanSettings_MaxCompressedSizeMb() {
		return (EAttribute)sharedScanSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedScanSettings_MaxCompressedFiles() {
		return (EAttribute)sharedScanSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedScanSettings_CleanCompressedFiles() {
		return (EAttribute)sharedScanSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPolicyScope() {
		return policyScopeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScanMethod() {
		return scanMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScanFiles() {
		return scanFilesEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScanFolders() {
		return scanFoldersEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScanAction() {
		return scanActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScheduleFrequency() {
		return scheduleFrequencyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDayOfWeek() {
		return dayOfWeekEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAgentSecurityLevel() {
		return agentSecurityLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUnloadRule() {
		return unloadRuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUpdateSourceMode() {
		return updateSourceModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWebReputationSecurityLevel() {
		return webReputationSecurityLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFirewallSecurityLevel() {
		return firewallSecurityLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrafficDirection() {
		return trafficDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFirewallProtocol() {
		return firewallProtocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFirewallAction() {
		return firewallActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlatform() {
		return platformEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SettingsFactory getSettingsFactory() {
		return (SettingsFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		policyEClass = createEClass(POLICY);
		createEAttribute(policyEClass, POLICY__SCOPE);
		createEAttribute(policyEClass, POLICY__VERSION);
		createEReference(policyEClass, POLICY__SCAN_METHOD);
		createEReference(policyEClass, POLICY__MANUAL_SCAN);
		createEReference(policyEClass, POLICY__REAL_TIME_SCAN);
		createEReference(policyEClass, POLICY__SCHEDULED_SCAN);
		createEReference(policyEClass, POLICY__SCAN_NOW);
		createEReference(policyEClass, POLICY__PRIVILEGES);
		createEReference(policyEClass, POLICY__UPDATE_SETTINGS);
		createEReference(policyEClass, POLICY__UPDATE_SOURCES);
		createEReference(policyEClass, POLICY__WEB_REPUTATION);
		createEReference(policyEClass, POLICY__FIREWALL);
		createEReference(policyEClass, POLICY__GLOBAL_SETTINGS);

		scanMethodSettingsEClass = createEClass(SCAN_METHOD_SETTINGS);
		createEAttribute(scanMethodSettingsEClass, SCAN_METHOD_SETTINGS__METHOD);

		scanTypeSettingsEClass = createEClass(SCAN_TYPE_SETTINGS);
		createEReference(scanTypeSettingsEClass, SCAN_TYPE_SETTINGS__TARGETS);
		createEReference(scanTypeSettingsEClass, SCAN_TYPE_SETTINGS__EXCLUSIONS);
		createEReference(scanTypeSettingsEClass, SCAN_TYPE_SETTINGS__ACTIONS);
		createEReference(scanTypeSettingsEClass, SCAN_TYPE_SETTINGS__SPYWARE_ASSESSMENT);
		createEReference(scanTypeSettingsEClass, SCAN_TYPE_SETTINGS__SCHEDULE);

		scanTargetsEClass = createEClass(SCAN_TARGETS);
		createEAttribute(scanTargetsEClass, SCAN_TARGETS__FILES);
		createEAttribute(scanTargetsEClass, SCAN_TARGETS__EXTENSIONS);
		createEAttribute(scanTargetsEClass, SCAN_TARGETS__FOLDERS);
		createEAttribute(scanTargetsEClass, SCAN_TARGETS__SPECIFIED_FOLDERS);
		createEAttribute(scanTargetsEClass, SCAN_TARGETS__COMPRESSED_LAYERS);

		scanExclusionsEClass = createEClass(SCAN_EXCLUSIONS);
		createEAttribute(scanExclusionsEClass, SCAN_EXCLUSIONS__FOLDERS);
		createEAttribute(scanExclusionsEClass, SCAN_EXCLUSIONS__FILES);
		createEAttribute(scanExclusionsEClass, SCAN_EXCLUSIONS__EXTENSIONS);

		scanActionsEClass = createEClass(SCAN_ACTIONS);
		createEAttribute(scanActionsEClass, SCAN_ACTIONS__FIRST);
		createEAttribute(scanActionsEClass, SCAN_ACTIONS__WHEN_CLEAN_FAILS);

		spywareAssessmentEClass = createEClass(SPYWARE_ASSESSMENT);
		createEAttribute(spywareAssessmentEClass, SPYWARE_ASSESSMENT__ENABLED);
		createEAttribute(spywareAssessmentEClass, SPYWARE_ASSESSMENT__WEEKS);

		scheduleEClass = createEClass(SCHEDULE);
		createEAttribute(scheduleEClass, SCHEDULE__FREQUENCY);
		createEAttribute(scheduleEClass, SCHEDULE__TIME);
		createEAttribute(scheduleEClass, SCHEDULE__DAY_OF_WEEK);
		createEAttribute(scheduleEClass, SCHEDULE__DAY_OF_MONTH);

		privilegesEClass = createEClass(PRIVILEGES);
		createEAttribute(privilegesEClass, PRIVILEGES__CONFIGURE_SCANS);
		createEAttribute(privilegesEClass, PRIVILEGES__TOGGLE_FIREWALL);
		createEAttribute(privilegesEClass, PRIVILEGES__CONFIGURE_PROXY);
		createEAttribute(privilegesEClass, PRIVILEGES__UPDATE_NOW);
		createEAttribute(privilegesEClass, PRIVILEGES__UPDATE_COMPONENTS_ONLY);
		createEAttribute(privilegesEClass, PRIVILEGES__SECURITY_LEVEL);
		createEAttribute(privilegesEClass, PRIVILEGES__UNLOAD);
		createEAttribute(privilegesEClass, PRIVILEGES__UNINSTALL);
		createEReference(privilegesEClass, PRIVILEGES__UNLOAD_PASSWORD);

		unloadPasswordEClass = createEClass(UNLOAD_PASSWORD);
		createEAttribute(unloadPasswordEClass, UNLOAD_PASSWORD__SET);
		createEAttribute(unloadPasswordEClass, UNLOAD_PASSWORD__PASSWORD);

		updateSettingsEClass = createEClass(UPDATE_SETTINGS);
		createEAttribute(updateSettingsEClass, UPDATE_SETTINGS__AFTER_SERVER_DOWNLOAD);
		createEAttribute(updateSettingsEClass, UPDATE_SETTINGS__ON_AGENT_RESTART);
		createEAttribute(updateSettingsEClass, UPDATE_SETTINGS__SCHEDULED);
		createEReference(updateSettingsEClass, UPDATE_SETTINGS__SCHEDULE);

		updateSourcesEClass = createEClass(UPDATE_SOURCES);
		createEAttribute(updateSourcesEClass, UPDATE_SOURCES__MODE);
		createEReference(updateSourcesEClass, UPDATE_SOURCES__CUSTOM);
		createEAttribute(updateSourcesEClass, UPDATE_SOURCES__FALLBACK_TO_SERVER);

		updateSourceEntryEClass = createEClass(UPDATE_SOURCE_ENTRY);
		createEAttribute(updateSourceEntryEClass, UPDATE_SOURCE_ENTRY__IP_RANGE);
		createEAttribute(updateSourceEntryEClass, UPDATE_SOURCE_ENTRY__URL);
		createEAttribute(updateSourceEntryEClass, UPDATE_SOURCE_ENTRY__UPDATE_AGENT_ID);

		webReputationEClass = createEClass(WEB_REPUTATION);
		createEReference(webReputationEClass, WEB_REPUTATION__INTERNAL_AGENTS);
		createEReference(webReputationEClass, WEB_REPUTATION__EXTERNAL_AGENTS);
		createEReference(webReputationEClass, WEB_REPUTATION__LOCATION);

		webReputationPolicyEClass = createEClass(WEB_REPUTATION_POLICY);
		createEAttribute(webReputationPolicyEClass, WEB_REPUTATION_POLICY__ENABLED);
		createEAttribute(webReputationPolicyEClass, WEB_REPUTATION_POLICY__ENABLED_ON_SERVERS);
		createEAttribute(webReputationPolicyEClass, WEB_REPUTATION_POLICY__SECURITY_LEVEL);
		createEAttribute(webReputationPolicyEClass, WEB_REPUTATION_POLICY__APPROVED_URLS);

		locationCriteriaEClass = createEClass(LOCATION_CRITERIA);
		createEReference(locationCriteriaEClass, LOCATION_CRITERIA__REFERENCE_SERVERS);
		createEReference(locationCriteriaEClass, LOCATION_CRITERIA__GATEWAYS);

		referenceServerEClass = createEClass(REFERENCE_SERVER);
		createEAttribute(referenceServerEClass, REFERENCE_SERVER__ADDRESS);
		createEAttribute(referenceServerEClass, REFERENCE_SERVER__PORT);

		gatewayEClass = createEClass(GATEWAY);
		createEAttribute(gatewayEClass, GATEWAY__IP);
		createEAttribute(gatewayEClass, GATEWAY__MAC);

		firewallEClass = createEClass(FIREWALL);
		createEAttribute(firewallEClass, FIREWALL__ENABLED);
		createEAttribute(firewallEClass, FIREWALL__ENABLED_ON_SERVERS);
		createEReference(firewallEClass, FIREWALL__POLICIES);
		createEReference(firewallEClass, FIREWALL__PROFILES);

		firewallPolicyEClass = createEClass(FIREWALL_POLICY);
		createEAttribute(firewallPolicyEClass, FIREWALL_POLICY__NAME);
		createEAttribute(firewallPolicyEClass, FIREWALL_POLICY__SECURITY_LEVEL);
		createEReference(firewallPolicyEClass, FIREWALL_POLICY__RULES);

		firewallRuleEClass = createEClass(FIREWALL_RULE);
		createEAttribute(firewallRuleEClass, FIREWALL_RULE__DIRECTION);
		createEAttribute(firewallRuleEClass, FIREWALL_RULE__PROTOCOL);
		createEAttribute(firewallRuleEClass, FIREWALL_RULE__PORTS);
		createEAttribute(firewallRuleEClass, FIREWALL_RULE__ACTION);

		firewallProfileEClass = createEClass(FIREWALL_PROFILE);
		createEAttribute(firewallProfileEClass, FIREWALL_PROFILE__NAME);
		createEAttribute(firewallProfileEClass, FIREWALL_PROFILE__POLICY);
		createEAttribute(firewallProfileEClass, FIREWALL_PROFILE__PLATFORMS);
		createEAttribute(firewallProfileEClass, FIREWALL_PROFILE__IP_RANGES);

		globalAgentSettingsEClass = createEClass(GLOBAL_AGENT_SETTINGS);
		createEReference(globalAgentSettingsEClass, GLOBAL_AGENT_SETTINGS__SCAN);
		createEAttribute(globalAgentSettingsEClass, GLOBAL_AGENT_SETTINGS__DEFER_FIREWALL_UNTIL_RESTART);
		createEAttribute(globalAgentSettingsEClass, GLOBAL_AGENT_SETTINGS__RESTART_NOTIFICATION);

		sharedScanSettingsEClass = createEClass(SHARED_SCAN_SETTINGS);
		createEAttribute(sharedScanSettingsEClass, SHARED_SCAN_SETTINGS__EXCLUDE_SERVER_DATABASE_FOLDER);
		createEAttribute(sharedScanSettingsEClass, SHARED_SCAN_SETTINGS__EXCLUDE_EXCHANGE_FOLDERS);
		createEAttribute(sharedScanSettingsEClass, SHARED_SCAN_SETTINGS__MAX_COMPRESSED_SIZE_MB);
		createEAttribute(sharedScanSettingsEClass, SHARED_SCAN_SETTINGS__MAX_COMPRESSED_FILES);
		createEAttribute(sharedScanSettingsEClass, SHARED_SCAN_SETTINGS__CLEAN_COMPRESSED_FILES);

		// Create enums
		policyScopeEEnum = createEEnum(POLICY_SCOPE);
		scanMethodEEnum = createEEnum(SCAN_METHOD);
		scanFilesEEnum = createEEnum(SCAN_FILES);
		scanFoldersEEnum = createEEnum(SCAN_FOLDERS);
		scanActionEEnum = createEEnum(SCAN_ACTION);
		scheduleFrequencyEEnum = createEEnum(SCHEDULE_FREQUENCY);
		dayOfWeekEEnum = createEEnum(DAY_OF_WEEK);
		agentSecurityLevelEEnum = createEEnum(AGENT_SECURITY_LEVEL);
		unloadRuleEEnum = createEEnum(UNLOAD_RULE);
		updateSourceModeEEnum = createEEnum(UPDATE_SOURCE_MODE);
		webReputationSecurityLevelEEnum = createEEnum(WEB_REPUTATION_SECURITY_LEVEL);
		firewallSecurityLevelEEnum = createEEnum(FIREWALL_SECURITY_LEVEL);
		trafficDirectionEEnum = createEEnum(TRAFFIC_DIRECTION);
		firewallProtocolEEnum = createEEnum(FIREWALL_PROTOCOL);
		firewallActionEEnum = createEEnum(FIREWALL_ACTION);
		platformEEnum = createEEnum(PLATFORM);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(policyEClass, Policy.class, "Policy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicy_Scope(), this.getPolicyScope(), "scope", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicy_Version(), ecorePackage.getEString(), "version", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicy_ScanMethod(), this.getScanMethodSettings(), null, "scanMethod", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicy_ManualScan(), this.getScanTypeSettings(), null, "manualScan", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicy_RealTimeScan(), this.getScanTypeSettings(), null, "realTimeScan", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicy_ScheduledScan(), this.getScanTypeSettings(), null, "scheduledScan", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicy_ScanNow(), this.getScanTypeSettings(), null, "scanNow", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicy_Privileges(), this.getPrivileges(), null, "privileges", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicy_UpdateSettings(), this.getUpdateSettings(), null, "updateSettings", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicy_UpdateSources(), this.getUpdateSources(), null, "updateSources", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicy_WebReputation(), this.getWebReputation(), null, "webReputation", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicy_Firewall(), this.getFirewall(), null, "firewall", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicy_GlobalSettings(), this.getGlobalAgentSettings(), null, "globalSettings", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scanMethodSettingsEClass, ScanMethodSettings.class, "ScanMethodSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScanMethodSettings_Method(), this.getScanMethod(), "method", null, 0, 1, ScanMethodSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scanTypeSettingsEClass, ScanTypeSettings.class, "ScanTypeSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScanTypeSettings_Targets(), this.getScanTargets(), null, "targets", null, 0, 1, ScanTypeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScanTypeSettings_Exclusions(), this.getScanExclusions(), null, "exclusions", null, 0, 1, ScanTypeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScanTypeSettings_Actions(), this.getScanActions(), null, "actions", null, 0, 1, ScanTypeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScanTypeSettings_SpywareAssessment(), this.getSpywareAssessment(), null, "spywareAssessment", null, 0, 1, ScanTypeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScanTypeSettings_Schedule(), this.getSchedule(), null, "schedule", null, 0, 1, ScanTypeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scanTargetsEClass, ScanTargets.class, "ScanTargets", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScanTargets_Files(), this.getScanFiles(), "files", null, 0, 1, ScanTargets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScanTargets_Extensions(), ecorePackage.getEString(), "extensions", null, 0, -1, ScanTargets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScanTargets_Folders(), this.getScanFolders(), "folders", null, 0, 1, ScanTargets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScanTargets_SpecifiedFolders(), ecorePackage.getEString(), "specifiedFolders", null, 0, -1, ScanTargets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScanTargets_CompressedLayers(), ecorePackage.getEInt(), "compressedLayers", null, 0, 1, ScanTargets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scanExclusionsEClass, ScanExclusions.class, "ScanExclusions", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScanExclusions_Folders(), ecorePackage.getEString(), "folders", null, 0, -1, ScanExclusions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScanExclusions_Files(), ecorePackage.getEString(), "files", null, 0, -1, ScanExclusions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScanExclusions_Extensions(), ecorePackage.getEString(), "extensions", null, 0, -1, ScanExclusions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scanActionsEClass, ScanActions.class, "ScanActions", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScanActions_First(), this.getScanAction(), "first", null, 0, 1, ScanActions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScanActions_WhenCleanFails(), this.getScanAction(), "whenCleanFails", null, 0, 1, ScanActions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spywareAssessmentEClass, SpywareAssessment.class, "SpywareAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpywareAssessment_Enabled(), ecorePackage.getEBoolean(), "enabled", null, 0, 1, SpywareAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpywareAssessment_Weeks(), ecorePackage.getEInt(), "weeks", null, 0, 1, SpywareAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduleEClass, Schedule.class, "Schedule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSchedule_Frequency(), this.getScheduleFrequency(), "frequency", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_Time(), ecorePackage.getEString(), "time", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_DayOfWeek(), this.getDayOfWeek(), "dayOfWeek", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_DayOfMonth(), ecorePackage.getEInt(), "dayOfMonth", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(privilegesEClass, Privileges.class, "Privileges", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPrivileges_ConfigureScans(), ecorePackage.getEBoolean(), "configureScans", null, 0, 1, Privileges.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrivileges_ToggleFirewall(), ecorePackage.getEBoolean(), "toggleFirewall", null, 0, 1, Privileges.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrivileges_ConfigureProxy(), ecorePackage.getEBoolean(), "configureProxy", null, 0, 1, Privileges.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrivileges_UpdateNow(), ecorePackage.getEBoolean(), "updateNow", null, 0, 1, Privileges.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrivileges_UpdateComponentsOnly(), ecorePackage.getEBoolean(), "updateComponentsOnly", null, 0, 1, Privileges.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrivileges_SecurityLevel(), this.getAgentSecurityLevel(), "securityLevel", null, 0, 1, Privileges.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrivileges_Unload(), this.getUnloadRule(), "unload", null, 0, 1, Privileges.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrivileges_Uninstall(), this.getUnloadRule(), "uninstall", null, 0, 1, Privileges.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPrivileges_UnloadPassword(), this.getUnloadPassword(), null, "unloadPassword", null, 0, 1, Privileges.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(unloadPasswordEClass, UnloadPassword.class, "UnloadPassword", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUnloadPassword_Set(), ecorePackage.getEBoolean(), "set", null, 0, 1, UnloadPassword.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnloadPassword_Password(), ecorePackage.getEString(), "password", null, 0, 1, UnloadPassword.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(updateSettingsEClass, UpdateSettings.class, "UpdateSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUpdateSettings_AfterServerDownload(), ecorePackage.getEBoolean(), "afterServerDownload", null, 0, 1, UpdateSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateSettings_OnAgentRestart(), ecorePackage.getEBoolean(), "onAgentRestart", null, 0, 1, UpdateSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateSettings_Scheduled(), ecorePackage.getEBoolean(), "scheduled", null, 0, 1, UpdateSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUpdateSettings_Schedule(), this.getSchedule(), null, "schedule", null, 0, 1, UpdateSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(updateSourcesEClass, UpdateSources.class, "UpdateSources", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUpdateSources_Mode(), this.getUpdateSourceMode(), "mode", null, 0, 1, UpdateSources.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUpdateSources_Custom(), this.getUpdateSourceEntry(), null, "custom", null, 0, -1, UpdateSources.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateSources_FallbackToServer(), ecorePackage.getEBoolean(), "fallbackToServer", null, 0, 1, UpdateSources.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(updateSourceEntryEClass, UpdateSourceEntry.class, "UpdateSourceEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUpdateSourceEntry_IpRange(), ecorePackage.getEString(), "ipRange", null, 0, 1, UpdateSourceEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateSourceEntry_Url(), ecorePackage.getEString(), "url", null, 0, 1, UpdateSourceEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateSourceEntry_UpdateAgentId(), ecorePackage.getEString(), "updateAgentId", null, 0, 1, UpdateSourceEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(webReputationEClass, WebReputation.class, "WebReputation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWebReputation_InternalAgents(), this.getWebReputationPolicy(), null, "internalAgents", null, 0, 1, WebReputation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWebReputation_ExternalAgents(), this.getWebReputationPolicy(), null, "externalAgents", null, 0, 1, WebReputation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWebReputation_Location(), this.getLocationCriteria(), null, "location", null, 0, 1, WebReputation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(webReputationPolicyEClass, WebReputationPolicy.class, "WebReputationPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWebReputationPolicy_Enabled(), ecorePackage.getEBoolean(), "enabled", null, 0, 1, WebReputationPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWebReputationPolicy_EnabledOnServers(), ecorePackage.getEBoolean(), "enabledOnServers", null, 0, 1, WebReputationPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWebReputationPolicy_SecurityLevel(), this.getWebReputationSecurityLevel(), "securityLevel", null, 0, 1, WebReputationPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWebReputationPolicy_ApprovedUrls(), ecorePackage.getEString(), "approvedUrls", null, 0, -1, WebReputationPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(locationCriteriaEClass, LocationCriteria.class, "LocationCriteria", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLocationCriteria_ReferenceServers(), this.getReferenceServer(), null, "referenceServers", null, 0, -1, LocationCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLocationCriteria_Gateways(), this.getGateway(), null, "gateways", null, 0, -1, LocationCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(referenceServerEClass, ReferenceServer.class, "ReferenceServer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReferenceServer_Address(), ecorePackage.getEString(), "address", null, 0, 1, ReferenceServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferenceServer_Port(), ecorePackage.getEInt(), "port", null, 0, 1, ReferenceServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gatewayEClass, Gateway.class, "Gateway", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGateway_Ip(), ecorePackage.getEString(), "ip", null, 0, 1, Gateway.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGateway_Mac(), ecorePackage.getEString(), "mac", null, 0, 1, Gateway.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(firewallEClass, Firewall.class, "Firewall", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFirewall_Enabled(), ecorePackage.getEBoolean(), "enabled", null, 0, 1, Firewall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirewall_EnabledOnServers(), ecorePackage.getEBoolean(), "enabledOnServers", null, 0, 1, Firewall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirewall_Policies(), this.getFirewallPolicy(), null, "policies", null, 0, -1, Firewall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirewall_Profiles(), this.getFirewallProfile(), null, "profiles", null, 0, -1, Firewall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(firewallPolicyEClass, FirewallPolicy.class, "FirewallPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFirewallPolicy_Name(), ecorePackage.getEString(), "name", null, 0, 1, FirewallPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirewallPolicy_SecurityLevel(), this.getFirewallSecurityLevel(), "securityLevel", null, 0, 1, FirewallPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirewallPolicy_Rules(), this.getFirewallRule(), null, "rules", null, 0, -1, FirewallPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(firewallRuleEClass, FirewallRule.class, "FirewallRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFirewallRule_Direction(), this.getTrafficDirection(), "direction", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirewallRule_Protocol(), this.getFirewallProtocol(), "protocol", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirewallRule_Ports(), ecorePackage.getEString(), "ports", null, 0, -1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirewallRule_Action(), this.getFirewallAction(), "action", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(firewallProfileEClass, FirewallProfile.class, "FirewallProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFirewallProfile_Name(), ecorePackage.getEString(), "name", null, 0, 1, FirewallProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirewallProfile_Policy(), ecorePackage.getEString(), "policy", null, 0, 1, FirewallProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirewallProfile_Platforms(), this.getPlatform(), "platforms", null, 0, -1, FirewallProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirewallProfile_IpRanges(), ecorePackage.getEString(), "ipRanges", null, 0, -1, FirewallProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(globalAgentSettingsEClass, GlobalAgentSettings.class, "GlobalAgentSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGlobalAgentSettings_Scan(), this.getSharedScanSettings(), null, "scan", null, 0, 1, GlobalAgentSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalAgentSettings_DeferFirewallUntilRestart(), ecorePackage.getEBoolean(), "deferFirewallUntilRestart", null, 0, 1, GlobalAgentSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalAgentSettings_RestartNotification(), ecorePackage.getEBoolean(), "restartNotification", null, 0, 1, GlobalAgentSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sharedScanSettingsEClass, SharedScanSettings.class, "SharedScanSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSharedScanSettings_ExcludeServerDatabaseFolder(), ecorePackage.getEBoolean(), "excludeServerDatabaseFolder", null, 0, 1, SharedScanSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedScanSettings_ExcludeExchangeFolders(), ecorePackage.getEBoolean(), "excludeExchangeFolders", null, 0, 1, SharedScanSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedScanSettings_MaxCompressedSizeMb(), ecorePackage.getEInt(), "maxCompressedSizeMb", null, 0, 1, SharedScanSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedScanSettings_MaxCompressedFiles(), ecorePackage.getEInt(), "maxCompressedFiles", null, 0, 1, SharedScanSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedScanSettings_CleanCompressedFiles(), ecorePackage.getEBoolean(), "cleanCompressedFiles", null, 0, 1, SharedScanSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(policyScopeEEnum, PolicyScope.class, "PolicyScope");
		addEEnumLiteral(policyScopeEEnum, PolicyScope.ROOT);
		addEEnumLiteral(policyScopeEEnum, PolicyScope.DOMAIN);
		addEEnumLiteral(policyScopeEEnum, PolicyScope.AGENT);
		addEEnumLiteral(policyScopeEEnum, PolicyScope.TEMPLATE);

		initEEnum(scanMethodEEnum, ScanMethod.class, "ScanMethod");
		addEEnumLiteral(scanMethodEEnum, ScanMethod.SMART);
		addEEnumLiteral(scanMethodEEnum, ScanMethod.STANDARD);

		initEEnum(scanFilesEEnum, ScanFiles.class, "ScanFiles");
		addEEnumLiteral(scanFilesEEnum, ScanFiles.ALL);
		addEEnumLiteral(scanFilesEEnum, ScanFiles.FILE_TYPES);
		addEEnumLiteral(scanFilesEEnum, ScanFiles.EXTENSIONS);

		initEEnum(scanFoldersEEnum, ScanFolders.class, "ScanFolders");
		addEEnumLiteral(scanFoldersEEnum, ScanFolders.ALL);
		addEEnumLiteral(scanFoldersEEnum, ScanFolders.SPECIFIED);

		initEEnum(scanActionEEnum, ScanAction.class, "ScanAction");
		addEEnumLiteral(scanActionEEnum, ScanAction.DELETE);
		addEEnumLiteral(scanActionEEnum, ScanAction.CLEAN);
		addEEnumLiteral(scanActionEEnum, ScanAction.RENAME);
		addEEnumLiteral(scanActionEEnum, ScanAction.QUARANTINE);
		addEEnumLiteral(scanActionEEnum, ScanAction.PASS);

		initEEnum(scheduleFrequencyEEnum, ScheduleFrequency.class, "ScheduleFrequency");
		addEEnumLiteral(scheduleFrequencyEEnum, ScheduleFrequency.HOURLY);
		addEEnumLiteral(scheduleFrequencyEEnum, ScheduleFrequency.DAILY);
		addEEnumLiteral(scheduleFrequencyEEnum, ScheduleFrequency.WEEKLY);
		addEEnumLiteral(scheduleFrequencyEEnum, ScheduleFrequency.MONTHLY);

		initEEnum(dayOfWeekEEnum, DayOfWeek.class, "DayOfWeek");
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.MONDAY);
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.TUESDAY);
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.WEDNESDAY);
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.THURSDAY);
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.FRIDAY);
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.SATURDAY);
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.SUNDAY);

		initEEnum(agentSecurityLevelEEnum, AgentSecurityLevel.class, "AgentSecurityLevel");
		addEEnumLiteral(agentSecurityLevelEEnum, AgentSecurityLevel.NORMAL);
		addEEnumLiteral(agentSecurityLevelEEnum, AgentSecurityLevel.HIGH);

		initEEnum(unloadRuleEEnum, UnloadRule.class, "UnloadRule");
		addEEnumLiteral(unloadRuleEEnum, UnloadRule.ALLOW);
		addEEnumLiteral(unloadRuleEEnum, UnloadRule.REQUIRE_PASSWORD);

		initEEnum(updateSourceModeEEnum, UpdateSourceMode.class, "UpdateSourceMode");
		addEEnumLiteral(updateSourceModeEEnum, UpdateSourceMode.STANDARD);
		addEEnumLiteral(updateSourceModeEEnum, UpdateSourceMode.CUSTOM);

		initEEnum(webReputationSecurityLevelEEnum, WebReputationSecurityLevel.class, "WebReputationSecurityLevel");
		addEEnumLiteral(webReputationSecurityLevelEEnum, WebReputationSecurityLevel.HIGH);
		addEEnumLiteral(webReputationSecurityLevelEEnum, WebReputationSecurityLevel.MEDIUM);
		addEEnumLiteral(webReputationSecurityLevelEEnum, WebReputationSecurityLevel.LOW);

		initEEnum(firewallSecurityLevelEEnum, FirewallSecurityLevel.class, "FirewallSecurityLevel");
		addEEnumLiteral(firewallSecurityLevelEEnum, FirewallSecurityLevel.HIGH);
		addEEnumLiteral(firewallSecurityLevelEEnum, FirewallSecurityLevel.MEDIUM);
		addEEnumLiteral(firewallSecurityLevelEEnum, FirewallSecurityLevel.LOW);

		initEEnum(trafficDirectionEEnum, TrafficDirection.class, "TrafficDirection");
		addEEnumLiteral(trafficDirectionEEnum, TrafficDirection.INBOUND);
		addEEnumLiteral(trafficDirectionEEnum, TrafficDirection.OUTBOUND);
		addEEnumLiteral(trafficDirectionEEnum, TrafficDirection.BOTH);

		initEEnum(firewallProtocolEEnum, FirewallProtocol.class, "FirewallProtocol");
		addEEnumLiteral(firewallProtocolEEnum, FirewallProtocol.TCP);
		addEEnumLiteral(firewallProtocolEEnum, FirewallProtocol.UDP);
		addEEnumLiteral(firewallProtocolEEnum, FirewallProtocol.TCP_UDP);
		addEEnumLiteral(firewallProtocolEEnum, FirewallProtocol.ICMP);
		addEEnumLiteral(firewallProtocolEEnum, FirewallProtocol.ALL);

		initEEnum(firewallActionEEnum, FirewallAction.class, "FirewallAction");
		addEEnumLiteral(firewallActionEEnum, FirewallAction.ALLOW);
		addEEnumLiteral(firewallActionEEnum, FirewallAction.DENY);

		initEEnum(platformEEnum, Platform.class, "Platform");
		addEEnumLiteral(platformEEnum, Platform.DESKTOP);
		addEEnumLiteral(platformEEnum, Platform.SERVER);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
		// http://bulwark.io/model/settings/group
		createGroupAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (policyEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (scanTypeSettingsEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (scanTargetsEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (scanExclusionsEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (scanActionsEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (spywareAssessmentEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (scheduleEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (privilegesEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (unloadPasswordEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (updateSettingsEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (updateSourcesEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (updateSourceEntryEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (webReputationEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (webReputationPolicyEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (locationCriteriaEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (referenceServerEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (gatewayEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (firewallEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (firewallPolicyEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (firewallRuleEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (firewallProfileEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (globalAgentSettingsEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
		addAnnotation
		  (sharedScanSettingsEClass,
		   source,
		   new String[] {
			   "constraints", "rules"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://bulwark.io/model/settings/group</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGroupAnnotations() {
		String source = "http://bulwark.io/model/settings/group";
		addAnnotation
		  (getPolicy_ScanMethod(),
		   source,
		   new String[] {
			   "name", "scanMethod"
		   });
		addAnnotation
		  (getPolicy_ManualScan(),
		   source,
		   new String[] {
			   "name", "scanSettings.manual"
		   });
		addAnnotation
		  (getPolicy_RealTimeScan(),
		   source,
		   new String[] {
			   "name", "scanSettings.realTime"
		   });
		addAnnotation
		  (getPolicy_ScheduledScan(),
		   source,
		   new String[] {
			   "name", "scanSettings.scheduled"
		   });
		addAnnotation
		  (getPolicy_ScanNow(),
		   source,
		   new String[] {
			   "name", "scanSettings.scanNow"
		   });
		addAnnotation
		  (getPolicy_Privileges(),
		   source,
		   new String[] {
			   "name", "privileges"
		   });
		addAnnotation
		  (getPolicy_UpdateSettings(),
		   source,
		   new String[] {
			   "name", "updateSettings"
		   });
		addAnnotation
		  (getPolicy_UpdateSources(),
		   source,
		   new String[] {
			   "name", "updateSources"
		   });
		addAnnotation
		  (getPolicy_WebReputation(),
		   source,
		   new String[] {
			   "name", "webReputation"
		   });
		addAnnotation
		  (getPolicy_Firewall(),
		   source,
		   new String[] {
			   "name", "firewall"
		   });
		addAnnotation
		  (getPolicy_GlobalSettings(),
		   source,
		   new String[] {
			   "name", "globalSettings"
		   });
	}

} //SettingsPackageImpl
