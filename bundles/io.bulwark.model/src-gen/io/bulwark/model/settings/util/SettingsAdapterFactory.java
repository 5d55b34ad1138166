/**
 */
package io.bulwark.model.settings.util;

import io.bulwark.model.settings.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.bulwark.model.settings.SettingsPackage
 * @generated
 */
public class SettingsAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SettingsPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SettingsAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SettingsPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SettingsSwitch<Adapter> modelSwitch =
		new SettingsSwitch<Adapter>() {
			@Override
			public Adapter casePolicy(Policy object) {
				return createPolicyAdapter();
			}
			@Override
			public Adapter caseScanMethodSettings(ScanMethodSettings object) {
				return createScanMethodSettingsAdapter();
			}
			@Override
			public Adapter caseScanTypeSettings(ScanTypeSettings object) {
				return createScanTypeSettingsAdapter();
			}
			@Override
			public Adapter caseScanTargets(ScanTargets object) {
				return createScanTargetsAdapter();
			}
			@Override
			public Adapter caseScanExclusions(ScanExclusions object) {
				return createScanExclusionsAdapter();
			}
			@Override
			public Adapter caseScanActions(ScanActions object) {
				return createScanActionsAdapter();
			}
			@Override
			public Adapter caseSpywareAssessment(SpywareAssessment object) {
				return createSpywareAssessmentAdapter();
			}
			@Override
			public Adapter caseSchedule(Schedule object) {
				return createScheduleAdapter();
			}
			@Override
			public Adapter casePrivileges(Privileges object) {
				return createPrivilegesAdapter();
			}
			@Override
			public Adapter caseUnloadPassword(UnloadPassword object) {
				return createUnloadPasswordAdapter();
			}
			@Override
			public Adapter caseUpdateSettings(UpdateSettings object) {
				return createUpdateSettingsAdapter();
			}
			@Override
			public Adapter caseUpdateSources(UpdateSources object) {
				return createUpdateSourcesAdapter();
			}
			@Override
			public Adapter caseUpdateSourceEntry(UpdateSourceEntry object) {
				return createUpdateSourceEntryAdapter();
			}
			@Override
			public Adapter caseWebReputation(WebReputation object) {
				return createWebReputationAdapter();
			}
			@Override
			public Adapter caseWebReputationPolicy(WebReputationPolicy object) {
				return createWebReputationPolicyAdapter();
			}
			@Override
			public Adapter caseLocationCriteria(LocationCriteria object) {
				return createLocationCriteriaAdapter();
			}
			@Override
			public Adapter caseReferenceServer(ReferenceServer object) {
				return createReferenceServerAdapter();
			}
			@Override
			public Adapter caseGateway(Gateway object) {
				return createGatewayAdapter();
			}
			@Override
			public Adapter caseFirewall(Firewall object) {
				return createFirewallAdapter();
			}
			@Override
			public Adapter caseFirewallPolicy(FirewallPolicy object) {
				return createFirewallPolicyAdapter();
			}
			@Override
			public Adapter caseFirewallRule(FirewallRule object) {
				return createFirewallRuleAdapter();
			}
			@Override
			public Adapter caseFirewallProfile(FirewallProfile object) {
				return createFirewallProfileAdapter();
			}
			@Override
			public Adapter caseGlobalAgentSettings(GlobalAgentSettings object) {
				return createGlobalAgentSettingsAdapter();
			}
			@Override
			public Adapter caseSharedScanSettings(SharedScanSettings object) {
				return createSharedScanSettingsAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.Policy
	 * @generated
	 */
	public Adapter createPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.ScanMethodSettings <em>Scan Method Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.ScanMethodSettings
	 * @generated
	 */
	public Adapter createScanMethodSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.ScanTypeSettings <em>Scan Type Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.ScanTypeSettings
	 * @generated
	 */
	public Adapter createScanTypeSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.ScanTargets <em>Scan Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.ScanTargets
	 * @generated
	 */
	public Adapter createScanTargetsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.ScanExclusions <em>Scan Exclusions</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.ScanExclusions
	 * @generated
	 */
	public Adapter createScanExclusionsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.ScanActions <em>Scan Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.ScanActions
	 * @generated
	 */
	public Adapter createScanActionsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.SpywareAssessment <em>Spyware Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.SpywareAssessment
	 * @generated
	 */
	public Adapter createSpywareAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.Schedule
	 * @generated
	 */
	public Adapter createScheduleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.Privileges <em>Privileges</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.Privileges
	 * @generated
	 */
	public Adapter createPrivilegesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.UnloadPassword <em>Unload Password</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.UnloadPassword
	 * @generated
	 */
	public Adapter createUnloadPasswordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.UpdateSettings <em>Update Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.UpdateSettings
	 * @generated
	 */
	public Adapter createUpdateSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.UpdateSources <em>Update Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.UpdateSources
	 * @generated
	 */
	public Adapter createUpdateSourcesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.UpdateSourceEntry <em>Update Source Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.UpdateSourceEntry
	 * @generated
	 */
	public Adapter createUpdateSourceEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.WebReputation <em>Web Reputation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.WebReputation
	 * @generated
	 */
	public Adapter createWebReputationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.WebReputationPolicy <em>Web Reputation Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.WebReputationPolicy
	 * @generated
	 */
	public Adapter createWebReputationPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.LocationCriteria <em>Location Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.LocationCriteria
	 * @generated
	 */
	public Adapter createLocationCriteriaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.ReferenceServer <em>Reference Server</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.ReferenceServer
	 * @generated
	 */
	public Adapter createReferenceServerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.Gateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.Gateway
	 * @generated
	 */
	public Adapter createGatewayAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.Firewall <em>Firewall</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.Firewall
	 * @generated
	 */
	public Adapter createFirewallAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.FirewallPolicy <em>Firewall Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.FirewallPolicy
	 * @generated
	 */
	public Adapter createFirewallPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.FirewallRule <em>Firewall Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.FirewallRule
	 * @generated
	 */
	public Adapter createFirewallRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.FirewallProfile <em>Firewall Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.FirewallProfile
	 * @generated
	 */
	public Adapter createFirewallProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.GlobalAgentSettings <em>Global Agent Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.GlobalAgentSettings
	 * @generated
	 */
	public Adapter createGlobalAgentSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.bulwark.model.settings.SharedScanSettings <em>Shared Scan Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.bulwark.model.settings.SharedScanSettings
	 * @generated
	 */
	public Adapter createSharedScanSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //SettingsAdapterFactory
