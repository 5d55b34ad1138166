/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Global Agent Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Server-wide agent settings, set at the root only and applied to every agent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.GlobalAgentSettings#getScan <em>Scan</em>}</li>
 *   <li>{@link io.bulwark.model.settings.GlobalAgentSettings#isDeferFirewallUntilRestart <em>Defer Firewall Until Restart</em>}</li>
 *   <li>{@link io.bulwark.model.settings.GlobalAgentSettings#isRestartNotification <em>Restart Notification</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getGlobalAgentSettings()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface GlobalAgentSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Scan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scan settings shared by every scan type; required.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scan</em>' containment reference.
	 * @see #setScan(SharedScanSettings)
	 * @see io.bulwark.model.settings.SettingsPackage#getGlobalAgentSettings_Scan()
	 * @model containment="true"
	 * @generated
	 */
	SharedScanSettings getScan();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.GlobalAgentSettings#getScan <em>Scan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scan</em>' containment reference.
	 * @see #getScan()
	 * @generated
	 */
	void setScan(SharedScanSettings value);

	/**
	 * Returns the value of the '<em><b>Defer Firewall Until Restart</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether an agent installs the firewall driver only at its next restart, so that a running endpoint's network connections are not interrupted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Defer Firewall Until Restart</em>' attribute.
	 * @see #setDeferFirewallUntilRestart(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getGlobalAgentSettings_DeferFirewallUntilRestart()
	 * @model
	 * @generated
	 */
	boolean isDeferFirewallUntilRestart();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.GlobalAgentSettings#isDeferFirewallUntilRestart <em>Defer Firewall Until Restart</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Defer Firewall Until Restart</em>' attribute.
	 * @see #isDeferFirewallUntilRestart()
	 * @generated
	 */
	void setDeferFirewallUntilRestart(boolean value);

	/**
	 * Returns the value of the '<em><b>Restart Notification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether an agent tells its user when the endpoint must restart to finish cleaning.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Restart Notification</em>' attribute.
	 * @see #setRestartNotification(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getGlobalAgentSettings_RestartNotification()
	 * @model
	 * @generated
	 */
	boolean isRestartNotification();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.GlobalAgentSettings#isRestartNotification <em>Restart Notification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restart Notification</em>' attribute.
	 * @see #isRestartNotification()
	 * @generated
	 */
	void setRestartNotification(boolean value);

} // GlobalAgentSettings
