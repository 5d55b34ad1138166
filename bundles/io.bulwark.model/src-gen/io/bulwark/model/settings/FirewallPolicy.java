/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Firewall Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named firewall policy: a security level for all traffic, and rules that make exceptions to it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.FirewallPolicy#getName <em>Name</em>}</li>
 *   <li>{@link io.bulwark.model.settings.FirewallPolicy#getSecurityLevel <em>Security Level</em>}</li>
 *   <li>{@link io.bulwark.model.settings.FirewallPolicy#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getFirewallPolicy()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface FirewallPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 to 64 characters, no control characters, no leading or trailing spaces.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewallPolicy_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.FirewallPolicy#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Security Level</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.FirewallSecurityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens to traffic no rule matches.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Level</em>' attribute.
	 * @see io.bulwark.model.settings.FirewallSecurityLevel
	 * @see #setSecurityLevel(FirewallSecurityLevel)
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewallPolicy_SecurityLevel()
	 * @model
	 * @generated
	 */
	FirewallSecurityLevel getSecurityLevel();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.FirewallPolicy#getSecurityLevel <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Level</em>' attribute.
	 * @see io.bulwark.model.settings.FirewallSecurityLevel
	 * @see #getSecurityLevel()
	 * @generated
	 */
	void setSecurityLevel(FirewallSecurityLevel value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.settings.FirewallRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Up to 500 exceptions; the first that matches wins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewallPolicy_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<FirewallRule> getRules();

} // FirewallPolicy
