/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The settings set at one scope. A group left empty (null) is inherited from the scope above: an agent's from its domain, a domain's from its parent domain, and finally from the root, whose policy sets every group. A group is set or inherited as a whole; scan settings are inherited per scan type.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.Policy#getScope <em>Scope</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getVersion <em>Version</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getScanMethod <em>Scan Method</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getManualScan <em>Manual Scan</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getRealTimeScan <em>Real Time Scan</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getScheduledScan <em>Scheduled Scan</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getScanNow <em>Scan Now</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getPrivileges <em>Privileges</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getUpdateSettings <em>Update Settings</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getUpdateSources <em>Update Sources</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getWebReputation <em>Web Reputation</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getFirewall <em>Firewall</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getGlobalSettings <em>Global Settings</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getPolicy()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface Policy extends EObject {
	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.PolicyScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the policy applies: the root, a domain, an agent, or a template that is bound to no server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see io.bulwark.model.settings.PolicyScope
	 * @see #setScope(PolicyScope)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_Scope()
	 * @model
	 * @generated
	 */
	PolicyScope getScope();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see io.bulwark.model.settings.PolicyScope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(PolicyScope value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server's version of this policy (its entity tag), sent back with a change so that the server refuses it when someone else changed the policy first; null for a policy the server has not seen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Scan Method</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scan method group: smart or standard scan; null to inherit it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scan Method</em>' containment reference.
	 * @see #setScanMethod(ScanMethodSettings)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_ScanMethod()
	 * @model containment="true"
	 *        annotation="http://bulwark.io/model/settings/group name='scanMethod'"
	 * @generated
	 */
	ScanMethodSettings getScanMethod();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getScanMethod <em>Scan Method</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scan Method</em>' containment reference.
	 * @see #getScanMethod()
	 * @generated
	 */
	void setScanMethod(ScanMethodSettings value);

	/**
	 * Returns the value of the '<em><b>Manual Scan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Settings of scans an agent user starts; null to inherit them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manual Scan</em>' containment reference.
	 * @see #setManualScan(ScanTypeSettings)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_ManualScan()
	 * @model containment="true"
	 *        annotation="http://bulwark.io/model/settings/group name='scanSettings.manual'"
	 * @generated
	 */
	ScanTypeSettings getManualScan();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getManualScan <em>Manual Scan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manual Scan</em>' containment reference.
	 * @see #getManualScan()
	 * @generated
	 */
	void setManualScan(ScanTypeSettings value);

	/**
	 * Returns the value of the '<em><b>Real Time Scan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Settings of real-time scanning, as files are created, changed or opened; null to inherit them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Real Time Scan</em>' containment reference.
	 * @see #setRealTimeScan(ScanTypeSettings)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_RealTimeScan()
	 * @model containment="true"
	 *        annotation="http://bulwark.io/model/settings/group name='scanSettings.realTime'"
	 * @generated
	 */
	ScanTypeSettings getRealTimeScan();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getRealTimeScan <em>Real Time Scan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Real Time Scan</em>' containment reference.
	 * @see #getRealTimeScan()
	 * @generated
	 */
	void setRealTimeScan(ScanTypeSettings value);

	/**
	 * Returns the value of the '<em><b>Scheduled Scan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Settings of scans on a schedule, the only scan type with a schedule; null to inherit them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheduled Scan</em>' containment reference.
	 * @see #setScheduledScan(ScanTypeSettings)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_ScheduledScan()
	 * @model containment="true"
	 *        annotation="http://bulwark.io/model/settings/group name='scanSettings.scheduled'"
	 * @generated
	 */
	ScanTypeSettings getScheduledScan();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getScheduledScan <em>Scheduled Scan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduled Scan</em>' containment reference.
	 * @see #getScheduledScan()
	 * @generated
	 */
	void setScheduledScan(ScanTypeSettings value);

	/**
	 * Returns the value of the '<em><b>Scan Now</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Settings of scans an administrator starts from the console (scan now); null to inherit them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scan Now</em>' containment reference.
	 * @see #setScanNow(ScanTypeSettings)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_ScanNow()
	 * @model containment="true"
	 *        annotation="http://bulwark.io/model/settings/group name='scanSettings.scanNow'"
	 * @generated
	 */
	ScanTypeSettings getScanNow();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getScanNow <em>Scan Now</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scan Now</em>' containment reference.
	 * @see #getScanNow()
	 * @generated
	 */
	void setScanNow(ScanTypeSettings value);

	/**
	 * Returns the value of the '<em><b>Privileges</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Privileges and other settings: what agent users may do and how the agent protects itself; null to inherit them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Privileges</em>' containment reference.
	 * @see #setPrivileges(Privileges)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_Privileges()
	 * @model containment="true"
	 *        annotation="http://bulwark.io/model/settings/group name='privileges'"
	 * @generated
	 */
	Privileges getPrivileges();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getPrivileges <em>Privileges</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Privileges</em>' containment reference.
	 * @see #getPrivileges()
	 * @generated
	 */
	void setPrivileges(Privileges value);

	/**
	 * Returns the value of the '<em><b>Update Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When agents update their components; null to inherit it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Settings</em>' containment reference.
	 * @see #setUpdateSettings(UpdateSettings)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_UpdateSettings()
	 * @model containment="true"
	 *        annotation="http://bulwark.io/model/settings/group name='updateSettings'"
	 * @generated
	 */
	UpdateSettings getUpdateSettings();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getUpdateSettings <em>Update Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Settings</em>' containment reference.
	 * @see #getUpdateSettings()
	 * @generated
	 */
	void setUpdateSettings(UpdateSettings value);

	/**
	 * Returns the value of the '<em><b>Update Sources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where agents update from; null to inherit it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Sources</em>' containment reference.
	 * @see #setUpdateSources(UpdateSources)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_UpdateSources()
	 * @model containment="true"
	 *        annotation="http://bulwark.io/model/settings/group name='updateSources'"
	 * @generated
	 */
	UpdateSources getUpdateSources();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getUpdateSources <em>Update Sources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Sources</em>' containment reference.
	 * @see #getUpdateSources()
	 * @generated
	 */
	void setUpdateSources(UpdateSources value);

	/**
	 * Returns the value of the '<em><b>Web Reputation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Web reputation for agents inside and outside the corporate network; null to inherit it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Web Reputation</em>' containment reference.
	 * @see #setWebReputation(WebReputation)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_WebReputation()
	 * @model containment="true"
	 *        annotation="http://bulwark.io/model/settings/group name='webReputation'"
	 * @generated
	 */
	WebReputation getWebReputation();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getWebReputation <em>Web Reputation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Web Reputation</em>' containment reference.
	 * @see #getWebReputation()
	 * @generated
	 */
	void setWebReputation(WebReputation value);

	/**
	 * Returns the value of the '<em><b>Firewall</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Firewall policies and profiles; null to inherit them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Firewall</em>' containment reference.
	 * @see #setFirewall(Firewall)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_Firewall()
	 * @model containment="true"
	 *        annotation="http://bulwark.io/model/settings/group name='firewall'"
	 * @generated
	 */
	Firewall getFirewall();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getFirewall <em>Firewall</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firewall</em>' containment reference.
	 * @see #getFirewall()
	 * @generated
	 */
	void setFirewall(Firewall value);

	/**
	 * Returns the value of the '<em><b>Global Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Server-wide agent settings. Set at the root only; every domain and agent takes them from the root.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Global Settings</em>' containment reference.
	 * @see #setGlobalSettings(GlobalAgentSettings)
	 * @see io.bulwark.model.settings.SettingsPackage#getPolicy_GlobalSettings()
	 * @model containment="true"
	 *        annotation="http://bulwark.io/model/settings/group name='globalSettings'"
	 * @generated
	 */
	GlobalAgentSettings getGlobalSettings();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Policy#getGlobalSettings <em>Global Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Global Settings</em>' containment reference.
	 * @see #getGlobalSettings()
	 * @generated
	 */
	void setGlobalSettings(GlobalAgentSettings value);

} // Policy
