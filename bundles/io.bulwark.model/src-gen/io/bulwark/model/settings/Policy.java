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
 * The settings set at one scope. A group left empty is inherited from the scope above.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.Policy#getScope <em>Scope</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Policy#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getPolicy()
 * @model
 * @generated
 */
public interface Policy extends EObject {
	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.PolicyScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
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

} // Policy
