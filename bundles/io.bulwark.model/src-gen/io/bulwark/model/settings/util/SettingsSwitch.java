/**
 */
package io.bulwark.model.settings.util;

import io.bulwark.model.settings.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see io.bulwark.model.settings.SettingsPackage
 * @generated
 */
public class SettingsSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SettingsPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SettingsSwitch() {
		if (modelPackage == null) {
			modelPackage = SettingsPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case SettingsPackage.POLICY: {
				Policy policy = (Policy)theEObject;
				T result = casePolicy(policy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.SCAN_METHOD_SETTINGS: {
				ScanMethodSettings scanMethodSettings = (ScanMethodSettings)theEObject;
				T result = caseScanMethodSettings(scanMethodSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.SCAN_TYPE_SETTINGS: {
				ScanTypeSettings scanTypeSettings = (ScanTypeSettings)theEObject;
				T result = caseScanTypeSettings(scanTypeSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.SCAN_TARGETS: {
				ScanTargets scanTargets = (ScanTargets)theEObject;
				T result = caseScanTargets(scanTargets);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.SCAN_EXCLUSIONS: {
				ScanExclusions scanExclusions = (ScanExclusions)theEObject;
				T result = caseScanExclusions(scanExclusions);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.SCAN_ACTIONS: {
				ScanActions scanActions = (ScanActions)theEObject;
				T result = caseScanActions(scanActions);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.SPYWARE_ASSESSMENT: {
				SpywareAssessment spywareAssessment = (SpywareAssessment)theEObject;
				T result = caseSpywareAssessment(spywareAssessment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.SCHEDULE: {
				Schedule schedule = (Schedule)theEObject;
				T result = caseSchedule(schedule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.PRIVILEGES: {
				Privileges privileges = (Privileges)theEObject;
				T result = casePrivileges(privileges);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.UNLOAD_PASSWORD: {
				UnloadPassword unloadPassword = (UnloadPassword)theEObject;
				T result = caseUnloadPassword(unloadPassword);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.UPDATE_SETTINGS: {
				UpdateSettings updateSettings = (UpdateSettings)theEObject;
				T result = caseUpdateSettings(updateSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.UPDATE_SOURCES: {
				UpdateSources updateSources = (UpdateSources)theEObject;
				T result = caseUpdateSources(updateSources);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.UPDATE_SOURCE_ENTRY: {
				UpdateSourceEntry updateSourceEntry = (UpdateSourceEntry)theEObject;
				T result = caseUpdateSourceEntry(updateSourceEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.WEB_REPUTATION: {
				WebReputation webReputation = (WebReputation)theEObject;
				T result = caseWebReputation(webReputation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.WEB_REPUTATION_POLICY: {
				WebReputationPolicy webReputationPolicy = (WebReputationPolicy)theEObject;
				T result = caseWebReputationPolicy(webReputationPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.LOCATION_CRITERIA: {
				LocationCriteria locationCriteria = (LocationCriteria)theEObject;
				T result = caseLocationCriteria(locationCriteria);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.REFERENCE_SERVER: {
				ReferenceServer referenceServer = (ReferenceServer)theEObject;
				T result = caseReferenceServer(referenceServer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.GATEWAY: {
				Gateway gateway = (Gateway)theEObject;
				T result = caseGateway(gateway);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.FIREWALL: {
				Firewall firewall = (Firewall)theEObject;
				T result = caseFirewall(firewall);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.FIREWALL_POLICY: {
				FirewallPolicy firewallPolicy = (FirewallPolicy)theEObject;
				T result = caseFirewallPolicy(firewallPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.FIREWALL_RULE: {
				FirewallRule firewallRule = (FirewallRule)theEObject;
				T result = caseFirewallRule(firewallRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.FIREWALL_PROFILE: {
				FirewallProfile firewallProfile = (FirewallProfile)theEObject;
				T result = caseFirewallProfile(firewallProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.GLOBAL_AGENT_SETTINGS: {
				GlobalAgentSettings globalAgentSettings = (GlobalAgentSettings)theEObject;
				T result = caseGlobalAgentSettings(globalAgentSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SettingsPackage.SHARED_SCAN_SETTINGS: {
				SharedScanSettings sharedScanSettings = (SharedScanSettings)theEObject;
				T result = caseSharedScanSettings(sharedScanSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicy(Policy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scan Method Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scan Method Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScanMethodSettings(ScanMethodSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scan Type Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scan Type Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScanTypeSettings(ScanTypeSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scan Targets</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scan Targets</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScanTargets(ScanTargets object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scan Exclusions</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scan Exclusions</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScanExclusions(ScanExclusions object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scan Actions</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scan Actions</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScanActions(ScanActions object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spyware Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spyware Assessment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpywareAssessment(SpywareAssessment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Schedule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSchedule(Schedule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Privileges</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Privileges</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePrivileges(Privileges object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Unload Password</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Unload Password</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUnloadPassword(UnloadPassword object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Update Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Update Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUpdateSettings(UpdateSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Update Sources</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Update Sources</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUpdateSources(UpdateSources object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Update Source Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Update Source Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUpdateSourceEntry(UpdateSourceEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Web Reputation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Web Reputation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWebReputation(WebReputation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Web Reputation Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Web Reputation Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWebReputationPolicy(WebReputationPolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Location Criteria</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Location Criteria</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLocationCriteria(LocationCriteria object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reference Server</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reference Server</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReferenceServer(ReferenceServer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gateway</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gateway</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGateway(Gateway object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Firewall</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Firewall</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFirewall(Firewall object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Firewall Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Firewall Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFirewallPolicy(FirewallPolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Firewall Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Firewall Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFirewallRule(FirewallRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Firewall Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Firewall Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFirewallProfile(FirewallProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Global Agent Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Global Agent Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGlobalAgentSettings(GlobalAgentSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Shared Scan Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Shared Scan Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSharedScanSettings(SharedScanSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //SettingsSwitch
