/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scan Method Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The scan method group. Changing the method per domain is the common case (for example standard scan for a remote office without a smart protection server).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.ScanMethodSettings#getMethod <em>Method</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getScanMethodSettings()
 * @model
 * @generated
 */
public interface ScanMethodSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.ScanMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Smart scan (local patterns first, then a smart protection server) or standard scan (all patterns local).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see io.bulwark.model.settings.ScanMethod
	 * @see #setMethod(ScanMethod)
	 * @see io.bulwark.model.settings.SettingsPackage#getScanMethodSettings_Method()
	 * @model
	 * @generated
	 */
	ScanMethod getMethod();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.ScanMethodSettings#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see io.bulwark.model.settings.ScanMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(ScanMethod value);

} // ScanMethodSettings
