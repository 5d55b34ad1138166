/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.bulwark.model.settings.SettingsPackage
 * @generated
 */
public interface SettingsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SettingsFactory eINSTANCE = io.bulwark.model.settings.impl.SettingsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy</em>'.
	 * @generated
	 */
	Policy createPolicy();

	/**
	 * Returns a new object of class '<em>Scan Method Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scan Method Settings</em>'.
	 * @generated
	 */
	ScanMethodSettings createScanMethodSettings();

	/**
	 * Returns a new object of class '<em>Scan Type Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scan Type Settings</em>'.
	 * @generated
	 */
	ScanTypeSettings createScanTypeSettings();

	/**
	 * Returns a new object of class '<em>Scan Targets</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scan Targets</em>'.
	 * @generated
	 */
	ScanTargets createScanTargets();

	/**
	 * Returns a new object of class '<em>Scan Exclusions</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scan Exclusions</em>'.
	 * @generated
	 */
	ScanExclusions createScanExclusions();

	/**
	 * Returns a new object of class '<em>Scan Actions</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scan Actions</em>'.
	 * @generated
	 */
	ScanActions createScanActions();

	/**
	 * Returns a new object of class '<em>Spyware Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spyware Assessment</em>'.
	 * @generated
	 */
	SpywareAssessment createSpywareAssessment();

	/**
	 * Returns a new object of class '<em>Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Schedule</em>'.
	 * @generated
	 */
	Schedule createSchedule();

	/**
	 * Returns a new object of class '<em>Privileges</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Privileges</em>'.
	 * @generated
	 */
	Privileges createPrivileges();

	/**
	 * Returns a new object of class '<em>Unload Password</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Unload Password</em>'.
	 * @generated
	 */
	UnloadPassword createUnloadPassword();

	/**
	 * Returns a new object of class '<em>Update Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Update Settings</em>'.
	 * @generated
	 */
	UpdateSettings createUpdateSettings();

	/**
	 * Returns a new object of class '<em>Update Sources</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Update Sources</em>'.
	 * @generated
	 */
	UpdateSources createUpdateSources();

	/**
	 * Returns a new object of class '<em>Update Source Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Update Source Entry</em>'.
	 * @generated
	 */
	UpdateSourceEntry createUpdateSourceEntry();

	/**
	 * Returns a new object of class '<em>Web Reputation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Web Reputation</em>'.
	 * @generated
	 */
	WebReputation createWebReputation();

	/**
	 * Returns a new object of class '<em>Web Reputation Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Web Reputation Policy</em>'.
	 * @generated
	 */
	WebReputationPolicy createWebReputationPolicy();

	/**
	 * Returns a new object of class '<em>Location Criteria</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Location Criteria</em>'.
	 * @generated
	 */
	LocationCriteria createLocationCriteria();

	/**
	 * Returns a new object of class '<em>Reference Server</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reference Server</em>'.
	 * @generated
	 */
	ReferenceServer createReferenceServer();

	/**
	 * Returns a new object of class '<em>Gateway</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gateway</em>'.
	 * @generated
	 */
	Gateway createGateway();

	/**
	 * Returns a new object of class '<em>Firewall</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Firewall</em>'.
	 * @generated
	 */
	Firewall createFirewall();

	/**
	 * Returns a new object of class '<em>Firewall Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Firewall Policy</em>'.
	 * @generated
	 */
	FirewallPolicy createFirewallPolicy();

	/**
	 * Returns a new object of class '<em>Firewall Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Firewall Rule</em>'.
	 * @generated
	 */
	FirewallRule createFirewallRule();

	/**
	 * Returns a new object of class '<em>Firewall Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Firewall Profile</em>'.
	 * @generated
	 */
	FirewallProfile createFirewallProfile();

	/**
	 * Returns a new object of class '<em>Global Agent Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Global Agent Settings</em>'.
	 * @generated
	 */
	GlobalAgentSettings createGlobalAgentSettings();

	/**
	 * Returns a new object of class '<em>Shared Scan Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shared Scan Settings</em>'.
	 * @generated
	 */
	SharedScanSettings createSharedScanSettings();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SettingsPackage getSettingsPackage();

} //SettingsFactory
