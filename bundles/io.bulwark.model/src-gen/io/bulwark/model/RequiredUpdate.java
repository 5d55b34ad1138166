/**
 */
package io.bulwark.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Required Update</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A software update a baseline requires.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.RequiredUpdate#getId <em>Id</em>}</li>
 *   <li>{@link io.bulwark.model.RequiredUpdate#getTitle <em>Title</em>}</li>
 *   <li>{@link io.bulwark.model.RequiredUpdate#getClassification <em>Classification</em>}</li>
 *   <li>{@link io.bulwark.model.RequiredUpdate#getSeverity <em>Severity</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getRequiredUpdate()
 * @model
 * @generated
 */
public interface RequiredUpdate extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The update's id as inventories report it, e.g. KB5034441.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.bulwark.model.ModelPackage#getRequiredUpdate_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.bulwark.model.RequiredUpdate#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The vendor's title of the update.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.bulwark.model.ModelPackage#getRequiredUpdate_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.bulwark.model.RequiredUpdate#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Classification</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.UpdateClassification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of update it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classification</em>' attribute.
	 * @see io.bulwark.model.UpdateClassification
	 * @see #setClassification(UpdateClassification)
	 * @see io.bulwark.model.ModelPackage#getRequiredUpdate_Classification()
	 * @model
	 * @generated
	 */
	UpdateClassification getClassification();

	/**
	 * Sets the value of the '{@link io.bulwark.model.RequiredUpdate#getClassification <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classification</em>' attribute.
	 * @see io.bulwark.model.UpdateClassification
	 * @see #getClassification()
	 * @generated
	 */
	void setClassification(UpdateClassification value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.UpdateSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How severe the vendor rates what it fixes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see io.bulwark.model.UpdateSeverity
	 * @see #setSeverity(UpdateSeverity)
	 * @see io.bulwark.model.ModelPackage#getRequiredUpdate_Severity()
	 * @model
	 * @generated
	 */
	UpdateSeverity getSeverity();

	/**
	 * Sets the value of the '{@link io.bulwark.model.RequiredUpdate#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see io.bulwark.model.UpdateSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(UpdateSeverity value);

} // RequiredUpdate
