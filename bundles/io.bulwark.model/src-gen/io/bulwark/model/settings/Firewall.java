/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Firewall</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The agents' firewall: named policies, and profiles that say which policy applies to which agents.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.Firewall#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Firewall#isEnabledOnServers <em>Enabled On Servers</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Firewall#getPolicies <em>Policies</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Firewall#getProfiles <em>Profiles</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getFirewall()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface Firewall extends EObject {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the firewall runs on desktop platforms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewall_Enabled()
	 * @model
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Firewall#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Enabled On Servers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether it runs on server platforms too.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled On Servers</em>' attribute.
	 * @see #setEnabledOnServers(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewall_EnabledOnServers()
	 * @model
	 * @generated
	 */
	boolean isEnabledOnServers();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Firewall#isEnabledOnServers <em>Enabled On Servers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled On Servers</em>' attribute.
	 * @see #isEnabledOnServers()
	 * @generated
	 */
	void setEnabledOnServers(boolean value);

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.settings.FirewallPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Up to 100 policies, names unique regardless of case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policies</em>' containment reference list.
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewall_Policies()
	 * @model containment="true"
	 * @generated
	 */
	EList<FirewallPolicy> getPolicies();

	/**
	 * Returns the value of the '<em><b>Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.settings.FirewallProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Up to 100 profiles, names unique regardless of case; the first profile that matches an agent applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profiles</em>' containment reference list.
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewall_Profiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<FirewallProfile> getProfiles();

} // Firewall
