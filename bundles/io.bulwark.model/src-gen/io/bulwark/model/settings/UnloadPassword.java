/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unload Password</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The password that protects agents against being unloaded or uninstalled. The server stores only a hash and never returns it: a read says only whether one is set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.UnloadPassword#isSet <em>Set</em>}</li>
 *   <li>{@link io.bulwark.model.settings.UnloadPassword#getPassword <em>Password</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getUnloadPassword()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface UnloadPassword extends EObject {
	/**
	 * Returns the value of the '<em><b>Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In a read: whether a password is set. In a write without a new password: keep (true) or remove (false) it. Unset when a new password is given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Set</em>' attribute.
	 * @see #isSetSet()
	 * @see #unsetSet()
	 * @see #setSet(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getUnloadPassword_Set()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isSet();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.UnloadPassword#isSet <em>Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Set</em>' attribute.
	 * @see #isSetSet()
	 * @see #unsetSet()
	 * @see #isSet()
	 * @generated
	 */
	void setSet(boolean value);

	/**
	 * Unsets the value of the '{@link io.bulwark.model.settings.UnloadPassword#isSet <em>Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSet()
	 * @see #isSet()
	 * @see #setSet(boolean)
	 * @generated
	 */
	void unsetSet();

	/**
	 * Returns whether the value of the '{@link io.bulwark.model.settings.UnloadPassword#isSet <em>Set</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Set</em>' attribute is set.
	 * @see #unsetSet()
	 * @see #isSet()
	 * @see #setSet(boolean)
	 * @generated
	 */
	boolean isSetSet();

	/**
	 * Returns the value of the '<em><b>Password</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A new password to write, 8 to 128 characters; null to keep or remove the current one. Transient: a password is never saved with a policy file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password</em>' attribute.
	 * @see #setPassword(String)
	 * @see io.bulwark.model.settings.SettingsPackage#getUnloadPassword_Password()
	 * @model transient="true"
	 * @generated
	 */
	String getPassword();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.UnloadPassword#getPassword <em>Password</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password</em>' attribute.
	 * @see #getPassword()
	 * @generated
	 */
	void setPassword(String value);

} // UnloadPassword
