/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scan Actions</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What an agent does with a file a scan detects.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.ScanActions#getFirst <em>First</em>}</li>
 *   <li>{@link io.bulwark.model.settings.ScanActions#getWhenCleanFails <em>When Clean Fails</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getScanActions()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface ScanActions extends EObject {
	/**
	 * Returns the value of the '<em><b>First</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.ScanAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The action taken first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First</em>' attribute.
	 * @see io.bulwark.model.settings.ScanAction
	 * @see #setFirst(ScanAction)
	 * @see io.bulwark.model.settings.SettingsPackage#getScanActions_First()
	 * @model
	 * @generated
	 */
	ScanAction getFirst();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.ScanActions#getFirst <em>First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First</em>' attribute.
	 * @see io.bulwark.model.settings.ScanAction
	 * @see #getFirst()
	 * @generated
	 */
	void setFirst(ScanAction value);

	/**
	 * Returns the value of the '<em><b>When Clean Fails</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.ScanAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the first action is clean: the action if cleaning fails, any action but clean. Unset otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>When Clean Fails</em>' attribute.
	 * @see io.bulwark.model.settings.ScanAction
	 * @see #isSetWhenCleanFails()
	 * @see #unsetWhenCleanFails()
	 * @see #setWhenCleanFails(ScanAction)
	 * @see io.bulwark.model.settings.SettingsPackage#getScanActions_WhenCleanFails()
	 * @model unsettable="true"
	 * @generated
	 */
	ScanAction getWhenCleanFails();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.ScanActions#getWhenCleanFails <em>When Clean Fails</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When Clean Fails</em>' attribute.
	 * @see io.bulwark.model.settings.ScanAction
	 * @see #isSetWhenCleanFails()
	 * @see #unsetWhenCleanFails()
	 * @see #getWhenCleanFails()
	 * @generated
	 */
	void setWhenCleanFails(ScanAction value);

	/**
	 * Unsets the value of the '{@link io.bulwark.model.settings.ScanActions#getWhenCleanFails <em>When Clean Fails</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetWhenCleanFails()
	 * @see #getWhenCleanFails()
	 * @see #setWhenCleanFails(ScanAction)
	 * @generated
	 */
	void unsetWhenCleanFails();

	/**
	 * Returns whether the value of the '{@link io.bulwark.model.settings.ScanActions#getWhenCleanFails <em>When Clean Fails</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>When Clean Fails</em>' attribute is set.
	 * @see #unsetWhenCleanFails()
	 * @see #getWhenCleanFails()
	 * @see #setWhenCleanFails(ScanAction)
	 * @generated
	 */
	boolean isSetWhenCleanFails();

} // ScanActions
