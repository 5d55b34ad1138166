/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spyware Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Spyware/grayware assessment mode: detections are logged but not cleaned, so that an administrator can review what would be removed before it is.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.SpywareAssessment#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.bulwark.model.settings.SpywareAssessment#getWeeks <em>Weeks</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getSpywareAssessment()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface SpywareAssessment extends EObject {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether assessment mode is on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getSpywareAssessment_Enabled()
	 * @model
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.SpywareAssessment#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When enabled: for how many weeks, 1 to 52. Unset otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weeks</em>' attribute.
	 * @see #isSetWeeks()
	 * @see #unsetWeeks()
	 * @see #setWeeks(int)
	 * @see io.bulwark.model.settings.SettingsPackage#getSpywareAssessment_Weeks()
	 * @model unsettable="true"
	 * @generated
	 */
	int getWeeks();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.SpywareAssessment#getWeeks <em>Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weeks</em>' attribute.
	 * @see #isSetWeeks()
	 * @see #unsetWeeks()
	 * @see #getWeeks()
	 * @generated
	 */
	void setWeeks(int value);

	/**
	 * Unsets the value of the '{@link io.bulwark.model.settings.SpywareAssessment#getWeeks <em>Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetWeeks()
	 * @see #getWeeks()
	 * @see #setWeeks(int)
	 * @generated
	 */
	void unsetWeeks();

	/**
	 * Returns whether the value of the '{@link io.bulwark.model.settings.SpywareAssessment#getWeeks <em>Weeks</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Weeks</em>' attribute is set.
	 * @see #unsetWeeks()
	 * @see #getWeeks()
	 * @see #setWeeks(int)
	 * @generated
	 */
	boolean isSetWeeks();

} // SpywareAssessment
