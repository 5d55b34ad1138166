/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Firewall Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Which firewall policy applies to which agents.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.FirewallProfile#getName <em>Name</em>}</li>
 *   <li>{@link io.bulwark.model.settings.FirewallProfile#getPolicy <em>Policy</em>}</li>
 *   <li>{@link io.bulwark.model.settings.FirewallProfile#getPlatforms <em>Platforms</em>}</li>
 *   <li>{@link io.bulwark.model.settings.FirewallProfile#getIpRanges <em>Ip Ranges</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getFirewallProfile()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface FirewallProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 to 64 characters, no control characters, no leading or trailing spaces.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewallProfile_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.FirewallProfile#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of a policy of the same firewall (names match exactly).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' attribute.
	 * @see #setPolicy(String)
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewallProfile_Policy()
	 * @model
	 * @generated
	 */
	String getPolicy();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.FirewallProfile#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' attribute.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Platforms</b></em>' attribute list.
	 * The list contents are of type {@link io.bulwark.model.settings.Platform}.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.Platform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One or both of desktop and server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Platforms</em>' attribute list.
	 * @see io.bulwark.model.settings.Platform
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewallProfile_Platforms()
	 * @model unique="false"
	 * @generated
	 */
	EList<Platform> getPlatforms();

	/**
	 * Returns the value of the '<em><b>Ip Ranges</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Up to 256 address ranges the agents must be in; empty for agents at any address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ip Ranges</em>' attribute list.
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewallProfile_IpRanges()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getIpRanges();

} // FirewallProfile
